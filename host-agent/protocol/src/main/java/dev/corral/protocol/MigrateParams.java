package dev.corral.protocol;

/**
 * Params of {@link Methods#CONTAINER_MIGRATE}, sent to the SOURCE agent.
 *
 * @param destination where to: the destination agent's SSH address, port and pinned host key
 * @param mode        {@link #LIVE} (checkpoint and restore, the default) or {@link #RESTART}
 *                    (stop, copy the files, start there)
 * @param postCopy    live only: restore before the memory is copied (CRIU lazy pages)
 */
public record MigrateParams(String name, Destination destination, String mode, boolean postCopy) {

    public static final String LIVE = "live";
    public static final String RESTART = "restart";

    /**
     * @param hostKey the destination agent's host key as an OpenSSH public key line
     *                ({@code ssh-ed25519 AAAA…}); the source refuses any other
     */
    public record Destination(String address, int port, String hostKey) {
    }
}
