package dev.corral.protocol;

/**
 * Params of {@link Methods#CONTAINER_CHECKPOINT}.
 *
 * @param leaveRunning thaw the container after the dump instead of stopping it
 */
public record CheckpointParams(String name, boolean leaveRunning) {
}
