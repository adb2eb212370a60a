package dev.corral.protocol;

import java.util.Map;

/**
 * Params of {@link Methods#CONTAINER_SET}: changes applied live when the container runs and
 * kept for its next start. Null members leave things as they are.
 */
public record SetParams(String name, Limits limits, Map<String, String> sysctls, Boolean onboot) {
}
