package dev.corral.protocol;

import java.util.List;

/** Params of {@link Methods#EVENT_CONTAINER_METRICS}: one sample per running container. */
public record ContainerMetricsEvent(List<ContainerMetrics> containers) {
}
