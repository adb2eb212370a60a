package dev.corral.runtime;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A checkpoint of a container: one file holding CRIU's images, the container's records and
 * (unless left out) its root filesystem's upper layer, so it restores on any host that has the
 * same template.
 *
 * @param id             unique per container, sortable by creation time
 * @param sizeBytes      size of the file
 * @param path           the file, under the container's {@code checkpoints/}
 * @param includesRootfs whether the upper layer is inside; if not, restore uses the one in place
 * @param frozenMillis   how long the container's processes were frozen for it (left running:
 *                       until thawed; stopped: until the file was safe and they were killed)
 * @param dumpMillis     of which CRIU's dump itself, from freezing to the images being written
 * @param sha256         the file's SHA-256 (hex) when this runtime has just written it, else null
 *                       (a migration sends it along without reading the file once more)
 */
public record Checkpoint(String id, String container, String containerUuid, Instant created, long sizeBytes,
                         Path path, boolean includesRootfs, long frozenMillis, long dumpMillis, String sha256) {

    /** A checkpoint read back from its file: the digest is not known without reading it all. */
    public Checkpoint(String id, String container, String containerUuid, Instant created, long sizeBytes, Path path,
                      boolean includesRootfs, long frozenMillis, long dumpMillis) {
        this(id, container, containerUuid, created, sizeBytes, path, includesRootfs, frozenMillis, dumpMillis, null);
    }
}
