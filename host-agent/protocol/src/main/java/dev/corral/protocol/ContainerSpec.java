package dev.corral.protocol;

import java.util.Map;

/**
 * What to create: params of {@link Methods#CONTAINER_CREATE}.
 *
 * @param name DNS label, unique on the host
 * @param hostname defaults to the name
 * @param ipAddress IPv4 address inside the agent's subnet; null picks a free one
 * @param sysctls namespaced sysctls applied at start (e.g. net.ipv4.ip_forward)
 */
public record ContainerSpec(
        String name,
        String template,
        String hostname,
        String ipAddress,
        Limits limits,
        Boolean onboot,
        Map<String, String> sysctls) {
}
