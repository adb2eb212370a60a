package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Poll;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throw-away LAN for routed-mode tests: a bridge in the root namespace (no address, so the root
 * namespace gains no route) and nodes, each a network namespace joined to it by a veth, with an
 * address of a random 198.19.x.0/24. {@link #close()} removes all of it.
 */
final class TestLan implements AutoCloseable {

    private static final Pattern LLADDR = Pattern.compile("lladdr ([0-9a-f:]{17})");
    private static final Pattern ETHER = Pattern.compile("link/ether ([0-9a-f:]{17})");

    final String tag;
    final String prefix;
    final String bridge;
    private final List<String> namespaces = new ArrayList<>();
    private final List<String> rootLinks = new ArrayList<>();

    TestLan() {
        Random rnd = new Random();
        tag = Integer.toHexString(0x100000 + rnd.nextInt(0xeffff));
        prefix = "198.19." + (10 + rnd.nextInt(240));
        bridge = "crlb" + tag;
        Cmd.check("ip", "link", "add", bridge, "type", "bridge");
        Cmd.check("ip", "link", "set", bridge, "up");
    }

    String subnet() {
        return prefix + ".0/24";
    }

    String ip(int last) {
        return prefix + "." + last;
    }

    /** A namespace on the LAN with interface {@code ifname} holding {@code .last/24}; its name. */
    String node(String role, int last, String ifname) {
        String ns = "crt" + tag + "-" + role;
        String root = "crl" + tag + (char) ('a' + rootLinks.size());
        Cmd.check("ip", "netns", "add", ns);
        namespaces.add(ns);
        Cmd.check("ip", "link", "add", root, "type", "veth", "peer", "name", ifname, "netns", ns);
        rootLinks.add(root);
        Cmd.check("ip", "link", "set", root, "master", bridge, "up");
        Cmd.check("ip", "-n", ns, "addr", "add", ip(last) + "/24", "dev", ifname);
        Cmd.check("ip", "-n", ns, "link", "set", ifname, "up");
        Cmd.check("ip", "-n", ns, "link", "set", "lo", "up");
        return ns;
    }

    static Cmd.Result in(String ns, Duration timeout, String... argv) {
        List<String> cmd = new ArrayList<>(List.of("nsenter", "--net=/run/netns/" + ns, "--"));
        cmd.addAll(List.of(argv));
        return Cmd.run(cmd, timeout);
    }

    /**
     * HTTP GET of / from {@code ns} with a 1 s timeout: the body, or null when it failed. curl, as
     * Debian's busybox-static wget crashes (SIGSEGV) when run on the host.
     */
    static String get(String ns, String ip) {
        Cmd.Result r = in(ns, Duration.ofSeconds(10), "curl", "-s", "-m", "1", "http://" + ip + "/");
        return r.ok() ? r.stdout().strip() : null;
    }

    static String mac(String ns, String ifname) {
        Matcher m = ETHER.matcher(Cmd.check("ip", "-n", ns, "-o", "link", "show", "dev", ifname).stdout());
        return m.find() ? m.group(1) : null;
    }

    /** The MAC {@code ns} has cached for {@code ip}, or null. */
    static String neighbour(String ns, String ip) {
        Matcher m = LLADDR.matcher(Cmd.check("ip", "-n", ns, "neigh", "show", ip).stdout());
        return m.find() ? m.group(1) : null;
    }

    /**
     * Everything a runtime with this agent id and state directory may have left: processes of its
     * containers, runc state, mounts, netns, cgroups, directories. For clean-up after any failure.
     */
    static void cleanAgent(String agentId, Path stateDir) {
        Path runcRoot = Path.of("/run/corral-" + agentId, "runc");
        for (String name : list(stateDir.resolve("containers"))) {
            Cmd.quiet("runc", "--root", runcRoot.toString(), "kill", name, "KILL");
            Cmd.quiet("runc", "--root", runcRoot.toString(), "delete", "--force", name);
            Mounts.unmount(stateDir.resolve("containers").resolve(name).resolve("rootfs"));
        }
        for (String ns : list(Path.of("/run/netns"))) {
            if (ns.startsWith("corral-" + agentId + "-")) {
                Cmd.quiet("ip", "netns", "del", ns);
            }
        }
        for (String c : List.of("cpu", "cpuacct", "memory", "pids", "cpuset", "blkio", "devices", "freezer", "systemd")) {
            Path parent = Path.of("/sys/fs/cgroup", c, "corral-" + agentId);
            Poll.until(Duration.ofSeconds(5), () -> {
                for (String d : list(parent)) {
                    parent.resolve(d).toFile().delete();
                }
                File p = parent.toFile();
                return !p.exists() || p.delete();
            });
        }
        Fs.deleteTree(stateDir);
        Fs.deleteTree(runcRoot.getParent());
    }

    static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        for (String link : rootLinks) {
            Cmd.quiet("ip", "link", "del", link);
        }
        for (String ns : namespaces) {
            Cmd.quiet("ip", "netns", "del", ns);
        }
        Cmd.quiet("ip", "link", "del", bridge);
    }
}
