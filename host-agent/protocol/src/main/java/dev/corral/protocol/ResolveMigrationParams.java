package dev.corral.protocol;

/**
 * Params of {@link Methods#CONTAINER_RESOLVE_MIGRATION}: where the container of a migration left
 * unresolved by a source agent's crash runs now.
 *
 * @param runsHere true: it does not run on the destination (thaw it here); false: it runs there
 *                 (destroy it here). Required: the caller must have asked the destination.
 */
public record ResolveMigrationParams(String name, Boolean runsHere) {
}
