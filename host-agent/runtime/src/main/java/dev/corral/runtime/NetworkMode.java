package dev.corral.runtime;

/** How containers reach the network. */
public enum NetworkMode {
    /**
     * Every container's veth joins a host bridge that holds the subnet's first address: the
     * containers form a private L2 segment behind this host.
     */
    BRIDGED,
    /**
     * Containers take addresses from the host's LAN subnet and the host routes to each one: a /32
     * route over the container's veth, a proxy-ARP entry on the LAN interface, no bridge. An address
     * can move to another host on the same LAN (live migration) by moving the route and the proxy
     * entry and announcing the address with a gratuitous ARP.
     */
    ROUTED
}
