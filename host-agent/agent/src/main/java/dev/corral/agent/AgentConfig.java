package dev.corral.agent;

import dev.corral.runtime.NetworkMode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the agent needs to start. Embedders (tests of other modules) build one with
 * {@link #of(Path)} and the {@code with…} methods; the command line builds one from flags and
 * the config file.
 *
 * @param listenHost address to bind; {@code 0.0.0.0} for every interface
 * @param listenPort TCP port; 0 picks a free one (see {@link AgentServer#port()})
 * @param stateDir where the host key, the port file, templates and containers live
 * @param authorizedKeys OpenSSH authorized_keys file with the keys allowed to log in
 * @param logLevel slf4j-simple level: error, warn, info, debug or trace
 * @param bridge host bridge the containers' veths join (created if absent); null runs the agent
 *        without containers (embedders testing the transport), the command line defaults to
 *        {@link #DEFAULT_BRIDGE}
 * @param subnet the containers' IPv4 subnet in CIDR; bridged: the host takes its first address on the
 *        bridge; routed: the LAN's subnet, shared by hosts and containers
 * @param networkMode {@link NetworkMode#BRIDGED} (default) or {@link NetworkMode#ROUTED}: containers
 *        take LAN addresses and the host routes to them (what live migration between hosts needs)
 * @param lanInterface routed mode: the host's interface on the LAN; null when bridged
 */
public record AgentConfig(String listenHost, int listenPort, Path stateDir, Path authorizedKeys, String logLevel,
                          String bridge, String subnet, NetworkMode networkMode, String lanInterface) {

    /** Loopback by default: nothing is exposed until the operator chooses an address. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Not 22, so the host's own sshd keeps its port. */
    public static final int DEFAULT_PORT = 2222;
    public static final Path DEFAULT_STATE_DIR = Path.of("/var/lib/corral");
    public static final Path DEFAULT_CONFIG_FILE = Path.of("/etc/corral/agent.conf");
    public static final String DEFAULT_LOG_LEVEL = "info";
    public static final String DEFAULT_BRIDGE = "corral0";
    /** A private range that is rarely a LAN's; operators set {@code subnet=} to one free on theirs. */
    public static final String DEFAULT_SUBNET = "10.213.0.0/24";

    public static final String AUTHORIZED_KEYS_FILE = "authorized_keys";
    public static final String PORT_FILE = "agent.port";

    public AgentConfig {
        Objects.requireNonNull(listenHost, "listenHost");
        Objects.requireNonNull(stateDir, "stateDir");
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("port out of range: " + listenPort);
        }
        stateDir = stateDir.toAbsolutePath().normalize();
        authorizedKeys = authorizedKeys == null ? stateDir.resolve(AUTHORIZED_KEYS_FILE)
                : authorizedKeys.toAbsolutePath().normalize();
        logLevel = logLevel == null ? DEFAULT_LOG_LEVEL : logLevel;
        if ((bridge == null) != (subnet == null)) {
            throw new IllegalArgumentException("bridge and subnet go together: " + bridge + ", " + subnet);
        }
        networkMode = networkMode == null ? NetworkMode.BRIDGED : networkMode;
        if (networkMode == NetworkMode.ROUTED && (lanInterface == null || subnet == null)) {
            throw new IllegalArgumentException("routed networking needs the LAN interface and subnet: "
                    + lanInterface + ", " + subnet);
        }
    }

    /** Bridged networking (the components this record had before routed mode). */
    public AgentConfig(String listenHost, int listenPort, Path stateDir, Path authorizedKeys, String logLevel,
                       String bridge, String subnet) {
        this(listenHost, listenPort, stateDir, authorizedKeys, logLevel, bridge, subnet, NetworkMode.BRIDGED, null);
    }

    /**
     * Defaults with the given state directory (authorized_keys inside it) and no containers:
     * add them with {@link #withContainers}.
     */
    public static AgentConfig of(Path stateDir) {
        return new AgentConfig(DEFAULT_HOST, DEFAULT_PORT, stateDir, null, DEFAULT_LOG_LEVEL, null, null);
    }

    public AgentConfig withListen(String host, int port) {
        return new AgentConfig(host, port, stateDir, authorizedKeys, logLevel, bridge, subnet, networkMode,
                lanInterface);
    }

    public AgentConfig withAuthorizedKeys(Path file) {
        return new AgentConfig(listenHost, listenPort, stateDir, file, logLevel, bridge, subnet, networkMode,
                lanInterface);
    }

    public AgentConfig withLogLevel(String level) {
        return new AgentConfig(listenHost, listenPort, stateDir, authorizedKeys, level, bridge, subnet, networkMode,
                lanInterface);
    }

    /** Runs bridged containers on this bridge and subnet (both non-null) or none (both null). */
    public AgentConfig withContainers(String bridgeName, String cidr) {
        return new AgentConfig(listenHost, listenPort, stateDir, authorizedKeys, logLevel, bridgeName, cidr);
    }

    /** Runs routed containers with addresses of the LAN {@code cidr} behind {@code lan}. */
    public AgentConfig withRoutedContainers(String lan, String cidr) {
        return new AgentConfig(listenHost, listenPort, stateDir, authorizedKeys, logLevel,
                bridge == null ? DEFAULT_BRIDGE : bridge, cidr, NetworkMode.ROUTED, lan);
    }

    public boolean containersEnabled() {
        return bridge != null;
    }

    public Path portFile() {
        return stateDir.resolve(PORT_FILE);
    }
}
