package dev.corral.protocol;

/**
 * What a host is: read once per session. Versions of optional tools are null when absent. The
 * checkpoint fields came later: an older agent leaves them out (null).
 *
 * @param criuCheck  null when CRIU is usable for checkpoints here, else why not (absent, too old,
 *                   what {@code criu check} says)
 * @param lazyPages  post-copy migration possible (userfaultfd)
 * @param preDump    iterative pre-copy possible (soft-dirty page tracking)
 * @param agentKey   the key this agent logs in to other agents with (OpenSSH public key line)
 */
public record HostFacts(
        String hostname,
        String kernel,
        String arch,
        int cpus,
        long memoryBytes,
        long diskTotalBytes,
        long diskFreeBytes,
        String runcVersion,
        String criuVersion,
        long uptimeSeconds,
        String criuCheck,
        Boolean lazyPages,
        Boolean preDump,
        String agentKey) {

    /** Without the checkpoint fields (as the first agents sent them). */
    public HostFacts(String hostname, String kernel, String arch, int cpus, long memoryBytes, long diskTotalBytes,
                     long diskFreeBytes, String runcVersion, String criuVersion, long uptimeSeconds) {
        this(hostname, kernel, arch, cpus, memoryBytes, diskTotalBytes, diskFreeBytes, runcVersion, criuVersion,
                uptimeSeconds, null, null, null, null);
    }

    public HostFacts withCheckpointFacts(String check, Boolean lazy, Boolean pre, String key) {
        return new HostFacts(hostname, kernel, arch, cpus, memoryBytes, diskTotalBytes, diskFreeBytes, runcVersion,
                criuVersion, uptimeSeconds, check, lazy, pre, key);
    }
}
