package dev.corral.protocol;

import java.util.Map;

/**
 * A container as the agent knows it.
 *
 * @param state one of {@link ContainerStates}
 * @param initPid the init's pid in the host's pid namespace, 0 when not running
 */
public record ContainerInfo(
        String name,
        String uuid,
        String template,
        String hostname,
        String ipAddress,
        String macAddress,
        String state,
        Limits limits,
        boolean onboot,
        Map<String, String> sysctls,
        int initPid) {
}
