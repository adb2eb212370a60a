package dev.corral.runtime;

import java.util.Map;

/**
 * A container as the runtime sees it now.
 *
 * @param initPid     PID 1 of the container as seen from the host, 0 when stopped
 * @param hostVeth    host side of the container's veth pair (present while running)
 * @param sysctls     namespaced sysctls applied at every start (and live when set), by key;
 *                    {@code kernel.hostname} is not among them: it is {@code hostname}
 */
public record ContainerInfo(String name, String uuid, String template, String hostname, String ipv4,
                            String mac, ContainerState state, long initPid, Limits limits, boolean onboot,
                            String hostVeth, Map<String, String> sysctls) {

    public ContainerInfo {
        sysctls = sysctls == null ? Map.of() : Map.copyOf(sysctls);
    }

    /** Without sysctls, as before they existed. */
    public ContainerInfo(String name, String uuid, String template, String hostname, String ipv4, String mac,
                         ContainerState state, long initPid, Limits limits, boolean onboot, String hostVeth) {
        this(name, uuid, template, hostname, ipv4, mac, state, initPid, limits, onboot, hostVeth, Map.of());
    }
}
