package dev.corral.protocol;

/**
 * Result of a migration's restore on the destination ({@link Methods#MIGRATION_RESTORE_PUSHED},
 * {@link PostCopyProtocol#RESTORE_LAZY}).
 *
 * @param container        the container, running here
 * @param runningForMillis how long it had been running (thawed, network open) when the answer
 *                         left: the destination's bookkeeping after that moment. The source
 *                         takes it off its measured frozen time, which ends when the container
 *                         runs, not when this answer arrives; no clocks are compared.
 */
public record MigrationRestoreResult(ContainerInfo container, long runningForMillis) {
}
