package dev.corral.runtime;

import java.util.Map;

/**
 * What to create.
 *
 * @param name     DNS label, unique on this host (agent)
 * @param template name of an existing template
 * @param hostname the container's hostname; null = the name
 * @param ipv4     address inside the runtime's subnet, not the gateway and not taken
 * @param limits   initial limits; null = none
 * @param onboot   start when the agent starts ({@link ContainerRuntime#startOnBoot()})
 * @param sysctls  namespaced sysctls for every start (see {@link ContainerRuntime#update}); null = none
 */
public record ContainerSpec(String name, String template, String hostname, String ipv4, Limits limits,
                            boolean onboot, Map<String, String> sysctls) {

    public ContainerSpec(String name, String template, String hostname, String ipv4, Limits limits, boolean onboot) {
        this(name, template, hostname, ipv4, limits, onboot, null);
    }

    public static ContainerSpec of(String name, String template, String ipv4) {
        return new ContainerSpec(name, template, null, ipv4, null, false, null);
    }

    public ContainerSpec withLimits(Limits l) {
        return new ContainerSpec(name, template, hostname, ipv4, l, onboot, sysctls);
    }

    public ContainerSpec withHostname(String h) {
        return new ContainerSpec(name, template, h, ipv4, limits, onboot, sysctls);
    }

    public ContainerSpec withOnboot(boolean o) {
        return new ContainerSpec(name, template, hostname, ipv4, limits, o, sysctls);
    }

    public ContainerSpec withSysctls(Map<String, String> s) {
        return new ContainerSpec(name, template, hostname, ipv4, limits, onboot, s);
    }
}
