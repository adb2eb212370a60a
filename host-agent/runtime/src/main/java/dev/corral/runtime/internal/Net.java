package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
            // Two `ip -batch` runs, one per namespace, instead of a process per step: each ip
            // process costs a few milliseconds, the steps themselves microseconds.
            batch(null, "netns add " + nsName + "\n"
                    + "link add " + hostVeth + " type veth peer name eth0 address " + mac + " netns " + nsName + "\n"
                    + "link set " + hostVeth + " master " + bridge + " up\n");
            batch(nsName, "link set lo up\n"
                    + "addr add " + ip + "/" + subnet.prefix() + " dev eth0\n"
                    + "link set eth0 up\n"
                    + "route add default via " + Ipv4.format(subnet.gateway()) + "\n");
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
     * Runs ip commands, one a line, in one process: in {@code netns} (by name), or the caller's
     * namespace when null. ip stops at the first failing line and says which.
     */
    public static void batch(String netns, String script) {
        List<String> argv = netns == null ? List.of("ip", "-batch", "-") : List.of("ip", "-n", netns, "-batch", "-");
        Cmd.Result r = Cmd.run(argv, script.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30));
        if (!r.ok()) {
            throw RuntimeError.failure("ip" + (netns == null ? "" : " -n " + netns) + " failed"
                    + (r.timedOut() ? " (timed out)" : " (exit " + r.exitCode() + ")") + ": " + r.message()
                    + " [" + script.strip().replace("\n", "; ") + "]");
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
