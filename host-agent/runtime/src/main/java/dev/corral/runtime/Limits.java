package dev.corral.runtime;

/**
 * Resource limits of a container. A null field means "not set" (at create: unlimited; in an
 * update: unchanged). For memory, memory+swap, pids and cpus, {@link #UNLIMITED} (-1) in an update
 * removes the limit.
 *
 * @param cpuShares       relative CPU weight in cgroup v1 units (2..262144, default 1024). On cgroup
 *                        v2 hosts cpu.weight gets {@link #weightForShares} of it: proportional, so
 *                        1024 is v2's default 100 (not runc's own conversion, which makes it 39).
 *                        {@link #withCpuWeight} takes a v2 weight
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
    /** cgroup v2's default cpu.weight and v1's default cpu.shares: the two scales meet there. */
    public static final int DEFAULT_CPU_WEIGHT = 100;
    public static final int DEFAULT_CPU_SHARES = 1024;
    public static final int MAX_CPU_WEIGHT = 10_000;
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

    /** A cgroup v2 weight (1..10000) as shares: {@link #sharesForWeight}. */
    public Limits withCpuWeight(int weight) {
        return withCpuShares(sharesForWeight(weight));
    }

    /** The CPU weight on cgroup v2's scale, null when unset. */
    public Integer cpuWeight() {
        return cpuShares == null ? null : weightForShares(cpuShares);
    }

    /**
     * cgroup v2 cpu.weight (1..10000) to v1 cpu.shares, proportionally: 100 is 1024. INVALID
     * outside 1..10000.
     */
    public static int sharesForWeight(int weight) {
        if (weight < 1 || weight > MAX_CPU_WEIGHT) {
            throw RuntimeError.invalid("CPU weight must be 1.." + MAX_CPU_WEIGHT + ": " + weight);
        }
        return (int) Math.round(weight * (double) DEFAULT_CPU_SHARES / DEFAULT_CPU_WEIGHT);
    }

    /**
     * v1 cpu.shares to v2 cpu.weight, proportionally (1024 is 100), kept within 1..10000. The exact
     * inverse of {@link #sharesForWeight} for every weight: its rounding error stays below 0.05.
     */
    public static int weightForShares(int shares) {
        long w = Math.round(shares * (double) DEFAULT_CPU_WEIGHT / DEFAULT_CPU_SHARES);
        return (int) Math.max(1, Math.min(MAX_CPU_WEIGHT, w));
    }

    public Limits withBlkioWeight(int w) {
        return new Limits(cpuShares, cpus, cpuset, memoryBytes, memorySwapBytes, pids, w);
    }
}
