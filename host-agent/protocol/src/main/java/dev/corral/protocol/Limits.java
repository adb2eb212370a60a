package dev.corral.protocol;

/**
 * Resource limits of a container. A null member means "not set" (create: no limit; set: leave
 * as it is), so partial updates need no second record. In {@link Methods#CONTAINER_SET} a
 * negative number (and an empty cpuset) removes that limit; a negative cpuWeight restores the
 * default weight (100).
 *
 * @param memoryBytes memory limit
 * @param swapBytes swap allowed on top of memory; needs a memory limit
 * @param cpus CPU time limit in CPUs (1.5 = one and a half CPUs' worth of quota)
 * @param cpuWeight relative CPU weight, 1-10000 (cgroup v2 scale; mapped to shares on v1)
 * @param cpuset CPUs the container may run on, in cpuset list syntax ("0-1,3")
 * @param pids maximum number of processes
 * @param ioWeight relative block IO weight, 10-1000
 */
public record Limits(
        Long memoryBytes,
        Long swapBytes,
        Double cpus,
        Integer cpuWeight,
        String cpuset,
        Long pids,
        Integer ioWeight) {

    public static Limits none() {
        return new Limits(null, null, null, null, null, null, null);
    }
}
