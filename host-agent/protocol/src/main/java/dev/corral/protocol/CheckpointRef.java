package dev.corral.protocol;

/**
 * Names a container's checkpoint: params of {@link Methods#CHECKPOINT_DELETE} and
 * {@link Methods#CONTAINER_RESTORE} ({@code checkpointId} null there = the newest).
 */
public record CheckpointRef(String name, String checkpointId) {
}
