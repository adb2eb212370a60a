package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;
import dev.corral.runtime.internal.netlink.NetlinkSocket;
import dev.corral.runtime.internal.netlink.Netns;
import dev.corral.runtime.internal.netlink.Rtnl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Network namespaces (by path, /run/netns/NAME via `ip netns`), veth pairs and the host bridge.
 * The runtime owns the netns, not runc: it can be rebuilt identically elsewhere for a migration.
 *
 * <p>Links are looked up in /proc/net/dev, never /sys/class/net: sysfs shows the network namespace
 * of whoever mounted it, so an agent started with {@code nsenter --net=...} (a lab host) would see
 * the root namespace's links there, while /proc/net is always the caller's own namespace.
 */
public final class Net {

    public static final Path NETNS_DIR = Path.of("/run/netns");

    private Net() {
    }

    public static Path netnsPath(String nsName) {
        return NETNS_DIR.resolve(nsName);
    }

    public static boolean linkExists(String ifname) {
        return devStats().containsKey(ifname);
    }

    /** Interfaces of the caller's network namespace with their [rx, tx] byte counters. */
    static Map<String, long[]> devStats() {
        String text = Fs.readOrNull(Path.of("/proc/net/dev"));
        if (text == null) {
            throw RuntimeError.failure("cannot read /proc/net/dev");
        }
        Map<String, long[]> out = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue; // the two header lines
            }
            String[] f = line.substring(colon + 1).trim().split("\\s+");
            if (f.length >= 9) {
                out.put(line.substring(0, colon).trim(), new long[] {Long.parseLong(f[0]), Long.parseLong(f[8])});
            }
        }
        return out;
    }

    /** Creates the bridge with the subnet's first address, or checks an existing one has it. */
    public static void ensureBridge(String bridge, Ipv4.Subnet subnet) {
        String gw = Ipv4.format(subnet.gateway()) + "/" + subnet.prefix();
        if (!linkExists(bridge)) {
            Cmd.Result r = Cmd.quiet("ip", "link", "add", bridge, "type", "bridge");
            if (!r.ok() && !linkExists(bridge)) {
                throw RuntimeError.failure("cannot create bridge " + bridge + ": " + r.message());
            }
        } else if (!Cmd.check("ip", "-o", "-d", "link", "show", "dev", bridge).stdout().contains(" bridge ")) {
            throw RuntimeError.invalid(bridge + " exists and is not a bridge");
        }
        String addrs = Cmd.check("ip", "-4", "-o", "addr", "show", "dev", bridge).stdout();
        if (!addrs.contains(" " + gw + " ")) {
            Cmd.check("ip", "addr", "add", gw, "dev", bridge);
        }
        Cmd.check("ip", "link", "set", bridge, "up");
    }

    /**
     * netns + veth: container side "eth0" with the fixed MAC and address, default route via the
     * bridge's address; host side enslaved to the bridge. All or nothing.
     */
    public static void setup(String nsName, String hostVeth, String mac, String ip, Ipv4.Subnet subnet,
                             String bridge) {
        try {
            // Over netlink from this process: the same steps as `ip netns add`, `ip link add ...`
            // and `ip -n NS ...` (two ip processes before, ~2 ms each to launch plus their own
            // start-up, where the steps themselves take microseconds).
            withVeth(nsName, hostVeth, null, mac, (host, inside) -> {
                host.masterUp(host.linkIndex(hostVeth), hostVeth, host.linkIndex(bridge), bridge);
                inside.up(inside.linkIndex("lo"), "lo");
                int eth0 = inside.linkIndex("eth0");
                inside.addAddress(eth0, "eth0", Ipv4.parse(ip), subnet.prefix(), Rtnl.SCOPE_UNIVERSE);
                inside.up(eth0, "eth0");
                inside.addRoute(0, 0, subnet.gateway(), 0, "default via " + Ipv4.format(subnet.gateway()), false);
            });
        } catch (RuntimeException e) {
            try {
                teardown(nsName, hostVeth);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Creates netns {@code nsName} and a veth pair: {@code hostVeth} here (with {@code hostMac},
     * or the kernel's random one when null), "eth0" with {@code mac} in the namespace; then hands
     * {@code configure} a netlink session for here and one for inside. No clean-up on failure:
     * the caller's roll-back removes the lot.
     */
    static void withVeth(String nsName, String hostVeth, String hostMac, String mac, BiConsumer<Rtnl, Rtnl> configure) {
        try (NetlinkSocket host = NetlinkSocket.open(); NetlinkSocket inside = Netns.create(netnsPath(nsName))) {
            Rtnl h = new Rtnl(host);
            h.addVeth(hostVeth, hostMac == null ? null : Garp.mac(hostMac), "eth0", Garp.mac(mac), netnsPath(nsName));
            configure.accept(h, new Rtnl(inside));
        }
    }

    /** Removes veth and netns; waits (polling) until the kernel has really let the veth go. */
    public static void teardown(String nsName, String hostVeth) {
        if (linkExists(hostVeth)) {
            Cmd.quiet("ip", "link", "del", hostVeth);
        }
        if (Files.exists(netnsPath(nsName))) {
            Cmd.quiet("ip", "netns", "del", nsName);
        }
        // `ip netns del` frees the namespace asynchronously; its veth disappears with it.
        Poll.until(Duration.ofSeconds(10), () -> !linkExists(hostVeth));
        if (linkExists(hostVeth) || Files.exists(netnsPath(nsName))) {
            throw RuntimeError.failure("network of " + nsName + " did not go away (veth " + hostVeth + ")");
        }
    }

    /** Bytes counters of a host interface: [rx, tx]. */
    public static long[] counters(String ifname) {
        long[] c = devStats().get(ifname);
        if (c == null) {
            throw RuntimeError.failure("no interface " + ifname);
        }
        return c;
    }
}
