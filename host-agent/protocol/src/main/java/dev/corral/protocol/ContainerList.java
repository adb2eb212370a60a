package dev.corral.protocol;

import java.util.List;

/** Result of {@link Methods#CONTAINER_LIST}. */
public record ContainerList(List<ContainerInfo> containers) {
}
