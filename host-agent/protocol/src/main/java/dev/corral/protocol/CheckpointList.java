package dev.corral.protocol;

import java.util.List;

/** Result of {@link Methods#CHECKPOINT_LIST}: oldest first. */
public record CheckpointList(List<CheckpointInfo> checkpoints) {
}
