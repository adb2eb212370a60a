package dev.corral.runtime;

import java.nio.file.Path;

/**
 * Where one agent keeps its containers and how it connects them.
 *
 * @param stateDir     e.g. /var/lib/corral: templates/ and containers/ live below
 * @param agentId      short DNS label naming this agent on the machine; it keeps several agents (test
 *                     hosts) on one machine apart: cgroup parent {@code corral-<agentId>}, runc root,
 *                     network namespace names
 * @param bridge       {@link NetworkMode#BRIDGED}: host bridge the containers' veths join (created if
 *                     absent); unused (may be null) when routed
 * @param subnet       containers' IPv4 subnet in CIDR. Bridged: the host takes its first address on the
 *                     bridge. Routed: the LAN's subnet, which the containers share with the hosts
 * @param runcRoot     runc's state directory (on tmpfs: runc state must not outlive a reboot)
 * @param networkMode  bridged (the default) or routed
 * @param lanInterface {@link NetworkMode#ROUTED}: the host's interface on the LAN (it must exist);
 *                     unused when bridged
 */
public record RuntimeConfig(Path stateDir, String agentId, String bridge, String subnet, Path runcRoot,
                            NetworkMode networkMode, String lanInterface) {

    public RuntimeConfig {
        networkMode = networkMode == null ? NetworkMode.BRIDGED : networkMode;
    }

    /** Bridged networking (the constructor this record had before routed mode). */
    public RuntimeConfig(Path stateDir, String agentId, String bridge, String subnet, Path runcRoot) {
        this(stateDir, agentId, bridge, subnet, runcRoot, NetworkMode.BRIDGED, null);
    }

    /** Bridged networking with the default runc root. */
    public static RuntimeConfig of(Path stateDir, String agentId, String bridge, String subnet) {
        return new RuntimeConfig(stateDir, agentId, bridge, subnet, defaultRuncRoot(agentId));
    }

    /**
     * Routed networking: containers get addresses of {@code lanSubnet}, the subnet of
     * {@code lanInterface}, and this host routes to them.
     */
    public static RuntimeConfig routed(Path stateDir, String agentId, String lanInterface, String lanSubnet) {
        return new RuntimeConfig(stateDir, agentId, null, lanSubnet, defaultRuncRoot(agentId),
                NetworkMode.ROUTED, lanInterface);
    }

    public RuntimeConfig withRuncRoot(Path root) {
        return new RuntimeConfig(stateDir, agentId, bridge, subnet, root, networkMode, lanInterface);
    }

    public String cgroupParent() {
        return "corral-" + agentId;
    }

    private static Path defaultRuncRoot(String agentId) {
        return Path.of("/run/corral-" + agentId, "runc");
    }
}
