package dev.corral.protocol;

import java.util.Map;

/**
 * What to create: params of {@link Methods#CONTAINER_CREATE}.
 *
 * @param name DNS label, unique on the host
 * @param hostname defaults to the name
 * @param ipAddress IPv4 address inside the agent's subnet; null picks a free one
 * @param sysctls namespaced sysctls applied at start (e.g. net.ipv4.ip_forward)
 * @param start true: start it too, in the same call (all or nothing: a start that fails leaves
 *              no container); null or false: created stopped
 */
public record ContainerSpec(
        String name,
        String template,
        String hostname,
        String ipAddress,
        Limits limits,
        Boolean onboot,
        Map<String, String> sysctls,
        Boolean start) {

    /** Created stopped (the spec as it was before {@code start}). */
    public ContainerSpec(String name, String template, String hostname, String ipAddress, Limits limits,
                         Boolean onboot, Map<String, String> sysctls) {
        this(name, template, hostname, ipAddress, limits, onboot, sysctls, null);
    }

    /** The same spec, started in the same call. */
    public ContainerSpec started() {
        return new ContainerSpec(name, template, hostname, ipAddress, limits, onboot, sysctls, true);
    }
}
