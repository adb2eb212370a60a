package dev.corral.runtime;

/**
 * Resource limits of a container. A null field means "not set" (at create: unlimited; in an
 * update: unchanged). For memory, memory+swap, pids and cpus, {@link #UNLIMITED} (-1) in an update
 * removes the limit.
 *
 * @param cpuShares       relative CPU weight in cgroup v1 units (2..262144, default 1024);
 *                        converted to cpu.weight on cgroup v2
 * @param cpus            CPU quota in CPUs, e.g. 0.5 = half a CPU (period 100 ms)
 * @param cpuset          CPUs the container may run on, kernel list syntax ("0", "0-1", "0,2")
 * @param memoryBytes     memory limit
 * @param memorySwapBytes memory + swap limit (cgroup v1 memsw semantics); >= memoryBytes
 * @param pids            maximum number of tasks
 * @param blkioWeight     block IO weight 10..1000 (only where the host's IO scheduler offers it)
 */
public record Limits(Integer cpuShares, Double cpus, String cpuset, Long memoryBytes, Long memorySwapBytes,
                     Long pids, Integer blkioWeight) {

    public static final long UNLIMITED = -1;
    public static final Limits NONE = new Limits(null, null, null, null, null, null, null);

    /** This limits with every non-null field of {@code change} taking precedence. */
    public Limits merge(Limits change) {
        if (change == null) {
            return this;
        }
        return new Limits(
                change.cpuShares != null ? change.cpuShares : cpuShares,
                change.cpus != null ? change.cpus : cpus,
                change.cpuset != null ? change.cpuset : cpuset,
                change.memoryBytes != null ? change.memoryBytes : memoryBytes,
                change.memorySwapBytes != null ? change.memorySwapBytes : memorySwapBytes,
                change.pids != null ? change.pids : pids,
                change.blkioWeight != null ? change.blkioWeight : blkioWeight);
    }

    /** Drops the "remove this limit" markers: what remains is what is in force. */
    public Limits normalized() {
        return new Limits(cpuShares,
                cpus != null && cpus < 0 ? null : cpus,
                cpuset != null && cpuset.isEmpty() ? null : cpuset,
                memoryBytes != null && memoryBytes < 0 ? null : memoryBytes,
                memorySwapBytes != null && memorySwapBytes < 0 ? null : memorySwapBytes,
                pids != null && pids < 0 ? null : pids,
                blkioWeight);
    }

    public Limits withMemory(long bytes) {
        return new Limits(cpuShares, cpus, cpuset, bytes, memorySwapBytes, pids, blkioWeight);
    }

    public Limits withMemorySwap(long bytes) {
        return new Limits(cpuShares, cpus, cpuset, memoryBytes, bytes, pids, blkioWeight);
    }

    public Limits withPids(long n) {
        return new Limits(cpuShares, cpus, cpuset, memoryBytes, memorySwapBytes, n, blkioWeight);
    }

    public Limits withCpus(double n) {
        return new Limits(cpuShares, n, cpuset, memoryBytes, memorySwapBytes, pids, blkioWeight);
    }

    public Limits withCpuShares(int n) {
        return new Limits(n, cpus, cpuset, memoryBytes, memorySwapBytes, pids, blkioWeight);
    }

    public Limits withCpuset(String cpus) {
        return new Limits(cpuShares, this.cpus, cpus, memoryBytes, memorySwapBytes, pids, blkioWeight);
    }

    public Limits withBlkioWeight(int w) {
        return new Limits(cpuShares, cpus, cpuset, memoryBytes, memorySwapBytes, pids, w);
    }
}
