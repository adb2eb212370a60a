package dev.corral.protocol;

/** Usage of one container, pushed in {@link ContainerMetricsEvent}. */
public record ContainerMetrics(
        String name,
        long timestamp,
        double cpuPercent,
        long memoryBytes,
        long pids,
        long rxBytes,
        long txBytes) {
}
