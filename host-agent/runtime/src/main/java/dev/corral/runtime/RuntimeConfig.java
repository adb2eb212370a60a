package dev.corral.runtime;

import java.nio.file.Path;

/**
 * Where one agent keeps its containers and how it connects them.
 *
 * @param stateDir e.g. /var/lib/corral: templates/ and containers/ live below
 * @param agentId  short DNS label naming this agent on the machine; it keeps several agents (test
 *                 hosts) on one machine apart: cgroup parent {@code corral-<agentId>}, runc root,
 *                 network namespace names
 * @param bridge   host bridge the containers' veths join (created if absent)
 * @param subnet   containers' IPv4 subnet in CIDR; the host takes its first address on the bridge
 * @param runcRoot runc's state directory (on tmpfs: runc state must not outlive a reboot)
 */
public record RuntimeConfig(Path stateDir, String agentId, String bridge, String subnet, Path runcRoot) {

    public static RuntimeConfig of(Path stateDir, String agentId, String bridge, String subnet) {
        return new RuntimeConfig(stateDir, agentId, bridge, subnet, Path.of("/run/corral-" + agentId, "runc"));
    }

    public String cgroupParent() {
        return "corral-" + agentId;
    }
}
