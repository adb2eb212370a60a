package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One throw-away "host" for a test class: its own state directory, agent id (so cgroup parent,
 * runc root and netns names), bridge and 198.18.x.0/24 subnet. {@link #close()} removes all of it,
 * whatever state the tests left.
 */
final class TestHost implements AutoCloseable {

    final String agentId;
    final String bridge;
    final String subnetPrefix;
    final Path stateDir;
    final RuntimeConfig config;
    ContainerRuntime runtime;

    /** A shared state directory kept after close (its templates are a cache), or null for a temp one. */
    private final boolean keepState;
    /** The bridge is another TestHost's, which removes it. */
    private boolean sharesBridge;

    TestHost() throws IOException {
        this((Path) null);
    }

    TestHost(Path sharedStateDir) throws IOException {
        Random rnd = new Random();
        String tag = Integer.toHexString(0x100000 + rnd.nextInt(0xeffff));
        agentId = "t" + tag;
        bridge = "crtb" + tag;
        subnetPrefix = freeSubnetPrefix(rnd);
        keepState = sharedStateDir != null;
        stateDir = keepState ? Files.createDirectories(sharedStateDir) : Files.createTempDirectory("corral-test-");
        config = new RuntimeConfig(stateDir, agentId, bridge, subnetPrefix + ".0/24",
                Path.of("/run/corral-" + agentId, "runc"));
        runtime = ContainerRuntime.open(config);
    }

    /**
     * A 198.18.x.0/24 no interface on this host uses yet: a bridge left behind by an earlier,
     * killed run keeps its address, and a test whose subnet collided with it routed into it.
     */
    private static String freeSubnetPrefix(Random rnd) throws IOException {
        String used = Cmd.check("ip", "-4", "-o", "addr", "show").stdout();
        for (int attempt = 0; attempt < 100; attempt++) {
            String prefix = "198.18." + (100 + rnd.nextInt(150));
            if (!used.contains(" " + prefix + ".")) {
                return prefix;
            }
        }
        throw new IOException("no free 198.18.100-249.0/24 subnet on this host");
    }

    /**
     * A second, fresh host on {@code lan}'s bridge and subnet (a container keeps its address when
     * it moves): its own agent id, so no cgroup of its parent exists yet, and its own state.
     * {@link #close()} leaves the shared bridge to {@code lan}.
     */
    TestHost(TestHost lan) throws IOException {
        String tag = Integer.toHexString(0x100000 + new Random().nextInt(0xeffff));
        agentId = "t" + tag;
        bridge = lan.bridge;
        subnetPrefix = lan.subnetPrefix;
        keepState = false;
        sharesBridge = true;
        stateDir = Files.createTempDirectory("corral-test-");
        config = new RuntimeConfig(stateDir, agentId, bridge, subnetPrefix + ".0/24",
                Path.of("/run/corral-" + agentId, "runc"));
        runtime = ContainerRuntime.open(config);
    }

    String ip(int last) {
        return subnetPrefix + "." + last;
    }

    String gateway() {
        return ip(1);
    }

    TemplateInfo busybox() {
        return runtime.templates().exists(Templates.BUSYBOX)
                ? runtime.templates().show(Templates.BUSYBOX)
                : runtime.templates().buildBusybox(Templates.BUSYBOX);
    }

    Path cgroupV1(String controller, String container) {
        return Path.of("/sys/fs/cgroup", controller, config.cgroupParent(), container);
    }

    /** Everything on the host this agent could leave behind, for before/after comparisons. */
    List<String> footprint() {
        List<String> out = new ArrayList<>();
        // Only what could be ours: other test classes (and other people's builds) run beside us.
        for (String link : list(Path.of("/sys/class/net"))) {
            if (link.equals(bridge) || (link.startsWith("cr") && link.length() == 14 && ours(link))) {
                out.add("link " + link);
            }
        }
        for (String ns : list(Net.NETNS_DIR)) {
            if (ns.startsWith("corral-" + agentId + "-")) {
                out.add("netns " + ns);
            }
        }
        for (String c : List.of("cpu", "memory", "pids", "cpuset", "blkio", "devices", "freezer", "cpuacct")) {
            Path parent = Path.of("/sys/fs/cgroup", c, config.cgroupParent());
            for (String d : list(parent)) {
                if (Files.isDirectory(parent.resolve(d))) {
                    out.add("cgroup " + c + "/" + d);
                }
            }
        }
        for (String m : Mounts.mountPoints()) {
            if (m.startsWith(stateDir.toString())) {
                out.add("mount " + m);
            }
        }
        for (String d : list(stateDir.resolve("containers"))) {
            out.add("container dir " + d);
        }
        for (String d : list(stateDir.resolve("templates"))) {
            out.add("template dir " + d);
        }
        for (String d : list(config.runcRoot())) {
            out.add("runc " + d);
        }
        return out;
    }

    /** A veth on our bridge, or on none (a leak would be there). */
    private boolean ours(String link) {
        Path master = Path.of("/sys/class/net", link, "master");
        try {
            return !Files.isSymbolicLink(master) || Files.readSymbolicLink(master).getFileName().toString().equals(bridge);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(new TreeSet<>(s.map(p -> p.getFileName().toString()).toList()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        // Kill without ceremony: the tests are done, and each step must run even if one fails.
        Path containers = stateDir.resolve("containers");
        for (String name : list(containers)) {
            try {
                Cmd.quiet("runc", "--root", config.runcRoot().toString(), "kill", name, "KILL");
                Cmd.quiet("runc", "--root", config.runcRoot().toString(), "delete", "--force", name);
                Cmd.quiet("ip", "netns", "del", "corral-" + agentId + "-" + name);
                Mounts.unmount(containers.resolve(name).resolve("rootfs"));
                if (keepState) {
                    Fs.deleteTree(containers.resolve(name));
                }
            } catch (RuntimeException e) {
                System.err.println("cleanup of " + name + ": " + e);
            }
        }
        for (String link : list(Path.of("/sys/class/net"))) {
            if (link.startsWith("cr") && link.length() == 14) {
                // host veths of our containers; another test class's are named the same way,
                // so only those whose master is our bridge
                Path master = Path.of("/sys/class/net", link, "master");
                try {
                    if (Files.isSymbolicLink(master) && Files.readSymbolicLink(master).getFileName().toString().equals(bridge)) {
                        Cmd.quiet("ip", "link", "del", link);
                    }
                } catch (IOException ignored) {
                    // gone already
                }
            }
        }
        if (!sharesBridge) {
            Cmd.quiet("ip", "link", "del", bridge);
        }
        for (String c : List.of("cpu", "cpuacct", "memory", "pids", "cpuset", "blkio", "devices", "freezer", "systemd")) {
            Path parent = Path.of("/sys/fs/cgroup", c, config.cgroupParent());
            for (String d : list(parent)) {
                if (Files.isDirectory(parent.resolve(d))) {
                    parent.resolve(d).toFile().delete();
                }
            }
            parent.toFile().delete();
        }
        try {
            if (!keepState) {
                Fs.deleteTree(stateDir);
            }
            Fs.deleteTree(config.runcRoot().getParent());
        } catch (RuntimeException e) {
            System.err.println("cleanup: " + e);
        }
    }
}
