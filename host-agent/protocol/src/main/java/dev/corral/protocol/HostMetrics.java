package dev.corral.protocol;

/**
 * Periodic host usage, pushed as {@link Methods#EVENT_HOST_METRICS}.
 *
 * @param timestamp milliseconds since the epoch, on the agent's clock
 * @param cpuPercent busy share of all CPUs since the previous sample, 0-100
 */
public record HostMetrics(
        long timestamp,
        double cpuPercent,
        long memoryUsedBytes,
        long memoryTotalBytes,
        double load1,
        double load5,
        double load15) {
}
