package dev.corral.agent;

import dev.corral.agent.internal.containers.AgentId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/**
 * An in-process agent with containers, as a test host: its own temporary state directory (so
 * its own agent id, runc root and cgroup parent), a bridge with a unique name and a
 * 198.18.x.0/24 subnet. {@link #close()} removes everything it may have left on the machine,
 * whatever state the test ended in. Used by the CLI's tests too (this module's test-jar).
 */
public final class TestAgent implements AutoCloseable {

    public final Path dir;
    public final Path stateDir;
    public final String bridge;
    /** e.g. "198.18.42": containers take {@code subnetPrefix + ".N"} */
    public final String subnetPrefix;
    private final KeyPair key = TestKeys.ed25519();
    private AgentServer server;

    private TestAgent() throws IOException {
        dir = Files.createTempDirectory("corral-agent-test-");
        stateDir = dir.resolve("state");
        bridge = uniqueBridge("crta");
        subnetPrefix = uniqueSubnet().replace(".0/24", "");
        TestKeys.authorize(dir.resolve("authorized_keys"), key);
    }

    /** Starts an agent; on failure nothing is left behind. */
    public static TestAgent start() throws IOException {
        TestAgent a = new TestAgent();
        try {
            a.server = new AgentServer(a.config()).start();
            return a;
        } catch (IOException | RuntimeException e) {
            a.close();
            throw e;
        }
    }

    public AgentConfig config() {
        return AgentConfig.of(stateDir).withListen("127.0.0.1", 0).withAuthorizedKeys(dir.resolve("authorized_keys"))
                .withContainers(bridge, subnetPrefix + ".0/24");
    }

    /** Stops the agent (containers keep running) and starts a new one on the same state. */
    public AgentServer restart() throws IOException {
        server.close();
        server = new AgentServer(config()).start();
        return server;
    }

    public AgentServer server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    public KeyPair key() {
        return key;
    }

    public String ip(int last) {
        return subnetPrefix + "." + last;
    }

    /** The client key as an OpenSSH private key file, for tools that read one (corralctl -i). */
    public Path identityFile() throws Exception {
        Path file = dir.resolve("id_ed25519");
        if (!Files.exists(file)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", null, out);
            }
        }
        return file;
    }

    public RpcClient rpc() throws IOException {
        return new RpcClient(port(), key);
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("closing the test agent: " + e);
        }
        removeFootprint(stateDir, bridge);
        deleteTree(dir);
    }

    /**
     * Removes what an agent with this state directory and bridge may have left outside it:
     * containers' processes, network namespaces, the bridge, mounts, cgroups, runc's state.
     * For tests that start agent processes themselves.
     */
    public static void removeFootprint(Path stateDir, String bridge) {
        String id = agentId(stateDir);
        if (id != null) {
            killContainers(stateDir, id);
        }
        run("ip", "link", "del", bridge);
        for (String mount : mountsUnder(stateDir)) {
            run("umount", "-l", mount);
        }
        if (id != null) {
            removeCgroups("corral-" + id);
            deleteTree(Path.of("/run", "corral-" + id));
        }
    }

    /** A 198.18.x.0/24 below the runtime tests' 198.18.100-249, so both can run at once. */
    public static String uniqueSubnet() {
        return "198.18." + (20 + new Random().nextInt(80)) + ".0/24";
    }

    /** A bridge name no other test uses. */
    public static String uniqueBridge(String prefix) {
        return prefix + Integer.toHexString(0x100000 + new Random().nextInt(0xeffff));
    }

    private static String agentId(Path stateDir) {
        try {
            return Files.readString(stateDir.resolve(AgentId.FILE), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /** Kill without ceremony: each step runs even if an earlier one failed. */
    private static void killContainers(Path stateDir, String id) {
        String runcRoot = "/run/corral-" + id + "/runc";
        for (String name : list(stateDir.resolve("containers"))) {
            run("runc", "--root", runcRoot, "kill", name, "KILL");
            run("runc", "--root", runcRoot, "delete", "--force", name);
        }
        for (String ns : list(Path.of("/run/netns"))) {
            if (ns.startsWith("corral-" + id + "-")) {
                run("ip", "netns", "del", ns);
            }
        }
    }

    private static void removeCgroups(String parent) {
        for (String hierarchy : list(Path.of("/sys/fs/cgroup"))) {
            Path p = Path.of("/sys/fs/cgroup", hierarchy, parent);
            for (String child : list(p)) {
                if (Files.isDirectory(p.resolve(child))) {
                    p.resolve(child).toFile().delete();
                }
            }
            p.toFile().delete();
        }
    }

    private static List<String> mountsUnder(Path dir) {
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
                String point = line.split(" ")[4];
                if (point.startsWith(dir.toString())) {
                    out.add(point);
                }
            }
        } catch (IOException e) {
            System.err.println("cannot read mountinfo: " + e);
        }
        out.sort(Comparator.reverseOrder());
        return out;
    }

    private static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + root + ": " + e);
        }
    }

    private static void run(String... argv) {
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            System.err.println("cannot run " + argv[0] + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
