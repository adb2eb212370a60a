package dev.corral.protocol;

/**
 * One checkpoint of a container: a file on the agent's host holding CRIU's images, the
 * container's records and its root filesystem's upper layer.
 *
 * @param id             unique per container, sortable by creation time
 * @param created        ISO-8601 instant
 * @param includesRootfs whether the upper layer is inside (needed to restore on another host)
 * @param frozenMillis   how long the processes were frozen for it
 * @param dumpMillis     of which CRIU's dump, from freezing to the images being written
 */
public record CheckpointInfo(String id, String container, String containerUuid, String created, long sizeBytes,
                             boolean includesRootfs, long frozenMillis, long dumpMillis) {
}
