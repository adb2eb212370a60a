package dev.corral.runtime.internal;

import dev.corral.runtime.NetworkMode;
import dev.corral.runtime.RuntimeConfig;

/**
 * How this host connects containers, one implementation per {@link NetworkMode}. A container's
 * network goes through: {@link #attach} (at start; or closed, before a restore), {@link #open}
 * (traffic flows, the address is announced), {@link #withdraw} (this host stops claiming the
 * address; the namespace stays for a possible roll-back) and {@link #detach} (all gone).
 */
public interface HostNetwork {

    /** The veths' host side MAC in routed mode: the same on every host, so a moved container's
     *  cached neighbour entry for its gateway stays right. Locally administered, unicast. */
    String ROUTED_GATEWAY_MAC = "02:63:6f:72:72:6c";
    /** The containers' default gateway in routed mode, held by every host veth (link scope). */
    String ROUTED_GATEWAY = "169.254.0.1";

    static HostNetwork create(RuntimeConfig config, Ipv4.Subnet subnet) {
        return config.networkMode() == NetworkMode.ROUTED
                ? new RoutedNetwork(config.agentId(), config.lanInterface(), subnet)
                : new BridgedNetwork(config.bridge(), subnet);
    }

    /** Once, when the runtime opens: what every container needs from the host. */
    void prepareHost();

    /** INVALID when the address belongs to this host itself. */
    void checkAddress(int addr);

    /**
     * netns + veth + addresses + routes, all or nothing. Not {@code open}: input to the
     * namespace is dropped and the address is not claimed on the network until {@link #open}.
     */
    void attach(Attachment a, boolean open);

    /** Lets traffic in, (re)claims the address and announces it with a gratuitous ARP. Idempotent. */
    void open(Attachment a);

    /** Stops claiming the address on the network; the namespace and its processes stay. Idempotent. */
    void withdraw(Attachment a);

    /** Removes everything {@link #attach} made, waiting until the kernel has let the veth go. */
    void detach(Attachment a);
}
