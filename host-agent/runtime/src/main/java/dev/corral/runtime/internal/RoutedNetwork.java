package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;
import dev.corral.runtime.internal.netlink.NetlinkSocket;
import dev.corral.runtime.internal.netlink.Rtnl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Containers with addresses of the host's LAN, routed by the host (no bridge): per container a
 * veth whose container side holds {@code IP/32} and the container's MAC with a default route via
 * {@link #ROUTED_GATEWAY}, and whose host side holds that gateway address and
 * {@link #ROUTED_GATEWAY_MAC}; on the host a /32 route over the veth and a proxy-ARP entry for the
 * address on the LAN interface. The host forwards between LAN and veths, but never from the LAN
 * back to the LAN: for an address that has just moved away, that would bounce packets between the
 * hosts (and answer them with redirects) instead of dropping them until the move is announced.
 */
final class RoutedNetwork implements HostNetwork {

    private final String lan;
    private final Ipv4.Subnet subnet;
    /** nftables table of this agent in the host netns (names allow no '-'; agent ids have no '_'). */
    private final String table;

    RoutedNetwork(String agentId, String lan, Ipv4.Subnet subnet) {
        this.lan = lan;
        this.subnet = subnet;
        this.table = "corral_" + agentId.replace('-', '_');
    }

    @Override
    public void prepareHost() {
        if (!Net.linkExists(lan)) {
            throw RuntimeError.invalid("LAN interface " + lan + " does not exist");
        }
        sysctl("net/ipv4/ip_forward", "1");
        // Answer ARP for our containers at once: by default a proxied reply waits up to 0.8 s, a
        // delay every client of a freshly moved container would pay.
        sysctl("net/ipv4/neigh/" + lan + "/proxy_delay", "0");
        // Replace the table as a whole (declare, delete, create in one transaction): reopening the
        // runtime must not stack duplicate rules.
        Cmd.check("nft", "table inet " + table + "\ndelete table inet " + table + "\n"
                + "table inet " + table + " {\n chain forward {\n  type filter hook forward priority filter\n"
                + "  iifname \"" + lan + "\" oifname \"" + lan + "\" drop\n }\n}\n");
    }

    @Override
    public void checkAddress(int addr) {
        String own = Cmd.check("ip", "-4", "-o", "addr", "show", "dev", lan).stdout();
        String ip = Ipv4.format(addr);
        if (own.contains(" " + ip + "/")) {
            throw RuntimeError.invalid("address " + ip + " belongs to this host (" + lan + ")");
        }
    }

    @Override
    public void attach(Attachment a, boolean open) {
        String ns = a.netns();
        int ip = Ipv4.parse(a.ipv4());
        int gw = Ipv4.parse(ROUTED_GATEWAY);
        try {
            // Over netlink, each step the message of the ip command it replaced (see Rtnl).
            Net.withVeth(ns, a.hostVeth(), ROUTED_GATEWAY_MAC, a.mac(), (host, inside) -> {
                inside.up(inside.linkIndex("lo"), "lo");
                int eth0 = inside.linkIndex("eth0");
                inside.addAddress(eth0, "eth0", ip, 32, Rtnl.SCOPE_UNIVERSE);
                inside.up(eth0, "eth0");
                inside.addRoute(gw, 32, 0, eth0, ROUTED_GATEWAY + " dev eth0", false);
                inside.addRoute(0, 0, gw, eth0, "default via " + ROUTED_GATEWAY + " dev eth0", false);
                if (!open) {
                    NetnsLock.lock(ns);
                }
                int veth = host.linkIndex(a.hostVeth());
                // Link scope: the host never picks the gateway address as the source of LAN traffic.
                host.addAddress(veth, a.hostVeth(), gw, 32, Rtnl.SCOPE_LINK);
                host.up(veth, a.hostVeth());
                host.addRoute(ip, 32, 0, veth, a.ipv4() + "/32 dev " + a.hostVeth(), true);
            });
            if (open) {
                claim(a);
            }
        } catch (RuntimeException e) {
            try {
                detach(a);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    @Override
    public void open(Attachment a) {
        if (!Net.linkExists(a.hostVeth()) || !Files.exists(Net.netnsPath(a.netns()))) {
            throw RuntimeError.conflict("network of " + a.netns() + " is not set up (veth " + a.hostVeth() + ")");
        }
        // A withdrawn network (a migration rolled back) has lost its route: put it back. Over
        // netlink: this is a restore's (a migration's) frozen time, and each ip process cost 5-10 ms.
        try (NetlinkSocket s = NetlinkSocket.open()) {
            Rtnl r = new Rtnl(s);
            int veth = r.linkIndex(a.hostVeth());
            r.up(veth, a.hostVeth());
            r.addRoute(Ipv4.parse(a.ipv4()), 32, 0, veth, a.ipv4() + "/32 dev " + a.hostVeth(), true);
        }
        NetnsLock.unlock(a.netns());
        claim(a);
    }

    /** Proxy ARP for the address on the LAN, then tell the LAN it is here now. */
    private void claim(Attachment a) {
        try (NetlinkSocket s = NetlinkSocket.open()) {
            Rtnl r = new Rtnl(s);
            r.replaceProxy(Ipv4.parse(a.ipv4()), r.linkIndex(lan), lan);
        }
        Garp.announce(lan, a.ipv4());
    }

    @Override
    public void withdraw(Attachment a) {
        // Proxy entry first: from then on no new neighbour is sent here; without the route,
        // packets already on their way die at the no-hairpin rule instead of reaching the container.
        // Over netlink (a migration's frozen time): the kernel's answer says each is gone, or was.
        int ip = Ipv4.parse(a.ipv4());
        try (NetlinkSocket s = NetlinkSocket.open()) {
            Rtnl r = new Rtnl(s);
            r.delProxy(ip, r.linkIndex(lan), lan);
            if (Net.linkExists(a.hostVeth())) {
                r.delRoute(ip, 32, r.linkIndex(a.hostVeth()), a.ipv4() + "/32 dev " + a.hostVeth());
            }
        } catch (RuntimeError e) {
            throw RuntimeError.failure("cannot withdraw " + a.ipv4() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void detach(Attachment a) {
        // The route goes with the veth; the proxy entry belongs to the LAN interface and would stay.
        Cmd.quiet("ip", "neigh", "del", "proxy", a.ipv4(), "dev", lan);
        Net.teardown(a.netns(), a.hostVeth());
    }

    /** Per-netns sysctls through /proc/sys, which shows the caller's own namespace. */
    private static void sysctl(String key, String value) {
        Path p = Path.of("/proc/sys", key);
        try {
            if (!Files.readString(p).strip().equals(value)) {
                Files.writeString(p, value);
            }
        } catch (IOException e) {
            throw RuntimeError.failure("cannot set " + key.replace('/', '.') + "=" + value + ": " + e.getMessage(), e);
        }
    }
}
