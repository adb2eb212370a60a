package dev.corral.protocol;

/**
 * Params of {@link Methods#EVENT_CONTAINER_STATE}: a container changed state, or was created
 * or destroyed ({@code info} is null after destroy).
 */
public record ContainerStateEvent(String name, String state, ContainerInfo info) {
}
