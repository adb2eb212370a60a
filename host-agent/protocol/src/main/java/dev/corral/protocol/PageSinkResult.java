package dev.corral.protocol;

/**
 * Result of {@link Methods#MIGRATION_PAGE_SINK}.
 *
 * @param port where the destination's page relay listens, on the address asked for
 * @param key  the one-time AES-256 key of the page connection, base64; sent only inside the
 *             migration's SSH connection and never logged
 */
public record PageSinkResult(int port, String key) {

    /** Without the key: a record may end up in a log. */
    @Override
    public String toString() {
        return "PageSinkResult[port=" + port + ", key=(hidden)]";
    }
}
