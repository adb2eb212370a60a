package dev.corral.protocol;

/**
 * Usage of one container, pushed in {@link ContainerMetricsEvent}.
 *
 * @param timestamp milliseconds since the epoch, on the agent's clock
 * @param cpuPercent the container's share of all the host's CPUs since the previous sample,
 *        0-100 (the same scale as {@link HostMetrics#cpuPercent()}); 0 in a container's first sample
 * @param memoryBytes memory charged to the container's cgroup
 * @param pids tasks in the container
 * @param rxBytes bytes the container received on its network interface since it started
 * @param txBytes bytes it sent
 */
public record ContainerMetrics(
        String name,
        long timestamp,
        double cpuPercent,
        long memoryBytes,
        long pids,
        long rxBytes,
        long txBytes) {
}
