package dev.corral.runtime;

/**
 * A container as the runtime sees it now.
 *
 * @param initPid     PID 1 of the container as seen from the host, 0 when stopped
 * @param hostVeth    host side of the container's veth pair (present while running)
 */
public record ContainerInfo(String name, String uuid, String template, String hostname, String ipv4,
                            String mac, ContainerState state, long initPid, Limits limits, boolean onboot,
                            String hostVeth) {
}
