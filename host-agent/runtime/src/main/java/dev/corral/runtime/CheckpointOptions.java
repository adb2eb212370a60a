package dev.corral.runtime;

/**
 * How to checkpoint.
 *
 * @param leaveRunning   thaw the container afterwards instead of stopping it
 * @param tcpEstablished dump established TCP connections (they survive a restore: the peers
 *                       see a pause, not a reset); without it a container with open connections
 *                       cannot be dumped
 * @param includeRootfs  put the container's upper layer into the file (needed to restore on
 *                       another host, or after the container ran on; a migration that syncs the
 *                       layer itself leaves it out)
 */
public record CheckpointOptions(boolean leaveRunning, boolean tcpEstablished, boolean includeRootfs) {

    /** Stop the container, keep its connections, include its files. */
    public static final CheckpointOptions DEFAULT = new CheckpointOptions(false, true, true);

    public CheckpointOptions withLeaveRunning(boolean v) {
        return new CheckpointOptions(v, tcpEstablished, includeRootfs);
    }

    public CheckpointOptions withTcpEstablished(boolean v) {
        return new CheckpointOptions(leaveRunning, v, includeRootfs);
    }

    public CheckpointOptions withIncludeRootfs(boolean v) {
        return new CheckpointOptions(leaveRunning, tcpEstablished, v);
    }
}
