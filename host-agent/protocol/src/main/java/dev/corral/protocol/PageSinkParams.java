package dev.corral.protocol;

/**
 * Params of {@link Methods#MIGRATION_PAGE_SINK}.
 *
 * @param address the destination's address as the source reaches it: where the relay listens
 */
public record PageSinkParams(String name, String address) {
}
