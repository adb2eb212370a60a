package dev.corral.lab;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.cli.AgentSession;
import dev.corral.cli.CliException;
import dev.corral.cli.Target;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lab of two routed agents brought up with corral-lab under names of its own (CORRAL_LAB_*, so
 * a developer's lab and other tests' labs are left alone), driven as an operator would: corral-lab
 * and corralctl run as processes with the lab's key and pinned host keys. Shared by the lab's
 * migration tests; each keeps its own names and agent options.
 */
final class TwoHostLab {

    static final Path SCRIPT = CorralLabTest.SCRIPT;
    static final Path CORRALCTL = SCRIPT.resolveSibling("corralctl");
    /** Small agents: two of them (and a CI build) share this machine. */
    static final String AGENT_OPTS = "-XX:+UseSerialGC -Xms16m -Xmx256m -XX:+ExitOnOutOfMemoryError";
    /** Agents that read fault injections from their test-hooks directory ({@link #hook}). */
    static final String AGENT_OPTS_WITH_HOOKS = AGENT_OPTS + " -Dcorral.testHooks=true";

    /** Stream readers: the common pool may have one thread only, which a background reader would hold. */
    static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reader");
        t.setDaemon(true);
        return t;
    });

    record Result(int exit, String out, String err) {
    }

    final String name;
    final Path dir;
    final String bridge;
    /** The LAN's first three octets, e.g. "198.19.42". */
    final String net;
    final String agentOpts;
    String h1;
    String h2;
    long h1Pid;
    Path config;
    /** The LAN client's network namespace, made by {@link #up()}. */
    String clientNs;
    /** The echo clients made by {@link #echoClient}, closed by {@link #down()}. */
    private final List<LanEchoClient> clients = new ArrayList<>();
    /** corralctl runs and their time: most of a lab test's time is theirs. */
    int ctlRuns;
    long ctlMillis;

    TwoHostLab(String name, Path dir, String bridge, String net, String agentOpts) {
        this.name = name;
        this.dir = dir;
        this.bridge = bridge;
        this.net = net;
        this.agentOpts = agentOpts;
    }

    /** Random names: "{letter}TAG", /tmp/{dirPrefix}TAG, {bridgePrefix}TAG, a random 198.19.x LAN; test hooks on. */
    static TwoHostLab random(String letter, String dirPrefix, String bridgePrefix) {
        Random rnd = new Random();
        String tag = Integer.toHexString(0x100000 + rnd.nextInt(0xeffff));
        return new TwoHostLab(letter + tag, Path.of("/tmp/" + dirPrefix + tag), bridgePrefix + tag,
                "198.19." + (10 + rnd.nextInt(240)), AGENT_OPTS_WITH_HOOKS);
    }

    /** Brings up two routed hosts, writes corralctl's config for them and makes the client namespace c1. */
    void up() throws Exception {
        JsonArray hosts = JsonParser.parseString(labOk("up", "2", "--json")).getAsJsonArray();
        h1 = hosts.get(0).getAsJsonObject().get("address").getAsString() + ":2222";
        h2 = hosts.get(1).getAsJsonObject().get("address").getAsString() + ":2222";
        h1Pid = hosts.get(0).getAsJsonObject().get("pid").getAsLong();
        assertEquals("routed", hosts.get(0).getAsJsonObject().get("network").getAsString(), "migration needs routed lab hosts");
        config = dir.resolve("corralctl.conf");
        Files.writeString(config, "identity=" + dir.resolve("id_ed25519") + "\nknown_hosts=" + dir.resolve("known_hosts")
                + "\nuser=root\n");
        clientNs = labOk("client", "c1").strip().split(" ")[0];
    }

    /** "ADDRESS:PORT" of lab host 1 or 2, as corralctl's -H takes it. */
    String address(int host) {
        return host == 1 ? h1 : h2;
    }

    /** Closes the echo clients, then takes the lab down. */
    Result down() throws Exception {
        clients.forEach(LanEchoClient::close);
        return lab("down");
    }

    /** A TCP connection from the client namespace to {@code ip:port}, once the service answers. */
    LanEchoClient echoClient(String ip, int port) throws Exception {
        LanEchoClient c = LanEchoClient.connect(clientNs, ip, port);
        clients.add(c);
        return c;
    }

    String labOk(String... args) throws Exception {
        Result r = lab(args);
        assertEquals(0, r.exit(), () -> "corral-lab " + String.join(" ", args) + ": " + r.err() + r.out());
        return r.out();
    }

    Result lab(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(SCRIPT.toString()));
        argv.addAll(List.of(args));
        return run(argv);
    }

    List<String> ctlArgv(String host, String... args) {
        List<String> argv = new ArrayList<>(List.of(CORRALCTL.toString(), "--config", config.toString(), "-H", host));
        argv.addAll(List.of(args));
        return argv;
    }

    Result ctl(String host, String... args) throws Exception {
        long t0 = System.nanoTime();
        try {
            return run(ctlArgv(host, args));
        } finally {
            synchronized (this) {
                ctlRuns++;
                ctlMillis += (System.nanoTime() - t0) / 1_000_000;
            }
        }
    }

    String ctlOk(String host, String... args) throws Exception {
        Result r = ctl(host, args);
        assertEquals(0, r.exit(), () -> "corralctl " + String.join(" ", args) + ": " + r.err() + r.out());
        return r.out();
    }

    /** Runs a command with the lab's environment (bounded). */
    Result run(List<String> argv) throws Exception {
        Process p = start(argv);
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()), READERS);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()), READERS);
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", argv) + " timed out");
        }
        return new Result(p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    private Process start(List<String> argv) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().put("CORRAL_LAB_NAME", name);
        pb.environment().put("CORRAL_LAB_DIR", dir.toString());
        pb.environment().put("CORRAL_LAB_BRIDGE", bridge);
        pb.environment().put("CORRAL_LAB_NET", net);
        pb.environment().put("CORRAL_AGENT_JAVA_OPTS", agentOpts);
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    /** An SSH session to an agent of the lab, as corralctl would open it. */
    AgentSession session(String host) throws CliException {
        int colon = host.lastIndexOf(':');
        return AgentSession.open(new Target(host.substring(0, colon), Integer.parseInt(host.substring(colon + 1)), "root",
                dir.resolve("id_ed25519"), dir.resolve("known_hosts"), true));
    }

    JsonArray tasks(String host) throws Exception {
        return json(ctlOk(host, "--json", "task", "list")).getAsJsonArray("tasks");
    }

    JsonObject runningTask(String host) throws Exception {
        return tasks(host).asList().stream().map(t -> t.getAsJsonObject())
                .filter(t -> t.get("state").getAsString().equals("running")).findFirst().orElseThrow();
    }

    boolean noTaskRunning(String host) throws Exception {
        return tasks(host).asList().stream().noneMatch(t -> t.getAsJsonObject().get("state").getAsString().equals("running"));
    }

    Path hookFile(int host, String hook) {
        return dir.resolve("h" + host + "/test-hooks/" + hook);
    }

    void hook(int host, String hook, String value) throws IOException {
        Files.createDirectories(hookFile(host, hook).getParent());
        Files.writeString(hookFile(host, hook), value);
    }

    /**
     * corralctl run with test hook {@code hook} set on lab host {@code hookHost} meanwhile. These
     * hooks act on every call, so the file must still be there to remove afterwards.
     */
    Result ctlWithHook(int hookHost, String hook, String value, String host, String... args) throws Exception {
        hook(hookHost, hook, value);
        try {
            return ctl(host, args);
        } finally {
            Files.delete(hookFile(hookHost, hook));
        }
    }

    /** A criu wrapper in the lab directory that fails every restore (for hook restore-criu) and passes the rest on. */
    Path failingRestoreCriu() throws IOException {
        Path fake = dir.resolve("bad-criu");
        Files.writeString(fake, """
                #!/bin/sh
                for a in "$@"; do [ "$a" = restore ] && { echo "injected restore failure" >&2; exit 1; }; done
                exec criu "$@"
                """);
        assertTrue(fake.toFile().setExecutable(true));
        return fake;
    }

    /**
     * A busybox init script for container {@code name} on {@code host}: a counter in /tmp/counter
     * every 100 ms and a TCP echo server on port 7000, then {@code moreLines} (each a shell line).
     */
    void writeWorkload(int host, String name, String... moreLines) throws IOException {
        Path script = dir.resolve("h" + host + "/containers/" + name + "/upper/etc/init.d/S50work");
        Files.createDirectories(script.getParent());
        StringBuilder s = new StringBuilder("""
                #!/bin/sh
                [ "$1" = start ] || exit 0
                (i=0; while true; do i=$((i+1)); echo $i > /tmp/counter.new; mv /tmp/counter.new /tmp/counter; usleep 100000; done) </dev/null >/dev/null 2>&1 &
                nc -ll -p 7000 -e /bin/cat </dev/null >/dev/null 2>&1 &
                """);
        for (String line : moreLines) {
            s.append(line).append('\n');
        }
        Files.writeString(script, s);
        script.toFile().setExecutable(true, false);
    }

    /** The number in container {@code name}'s /tmp/counter on {@code host}; -1 when absent. */
    long counter(int host, String name) {
        try {
            String s = Files.readString(dir.resolve("h" + host + "/containers/" + name + "/rootfs/tmp/counter")).strip();
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The counter is written every ~100 ms: waits (bounded, woken by its renames) for it to pass {@code n} by a few steps. */
    boolean waitCounterAbove(int host, String name, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Path tmp = dir.resolve("h" + host + "/containers/" + name + "/rootfs/tmp");
        try (var watch = tmp.getFileSystem().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            while (System.nanoTime() < deadline) {
                if (counter(host, name) > n + 2) {
                    return true;
                }
                var key = watch.poll(200, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
        return counter(host, name) > n + 2;
    }

    static JsonObject json(String s) {
        return JsonParser.parseString(s).getAsJsonObject();
    }

    static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Something a test does while a run is held. */
    interface WhileHeld {
        void run() throws Exception;
    }

    /**
     * Runs corralctl {@code args} on lab host {@code host}, held in its transfer phase by test hook
     * hold-transfer there: does {@code whileHeld} once the run reports that phase, then lets it go
     * on and waits for its end.
     */
    Result heldInTransfer(int host, WhileHeld whileHeld, String... args) throws Exception {
        hook(host, "hold-transfer", "");
        try {
            return whenPrinted(host, "transfer", () -> {
                try {
                    whileHeld.run();
                } finally {
                    Files.delete(hookFile(host, "hold-transfer"));
                }
            }, args);
        } finally {
            Files.deleteIfExists(hookFile(host, "hold-transfer"));
        }
    }

    /** Runs corralctl {@code args} on lab host {@code host}; once it prints a line with {@code text}, runs {@code then}. */
    Result whenPrinted(int host, String text, WhileHeld then, String... args) throws Exception {
        Background m = new Background(start(ctlArgv(address(host), args)));
        m.awaitLine(text);
        then.run();
        return m.end();
    }

    /** Runs corralctl {@code args} on lab host {@code host} held in its transfer phase, and cancels its task there. */
    Result cancelledInTransfer(int host, String... args) throws Exception {
        String on = address(host);
        return heldInTransfer(host, () -> ctlOk(on, "task", "cancel", runningTask(on).get("id").getAsString()), args);
    }

    /** A command whose output lines the test follows while it runs. */
    private static final class Background {
        final Process p;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final StringBuilder seen = new StringBuilder();
        final CompletableFuture<String> err;

        Background(Process p) {
            this.p = p;
            err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()), READERS);
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        lines.add(l);
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            t.setDaemon(true);
            t.start();
        }

        void awaitLine(String containing) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                String l = lines.poll(1, TimeUnit.SECONDS);
                if (l != null) {
                    seen.append(l).append('\n');
                    if (l.contains(containing)) {
                        return;
                    }
                }
            }
            throw new AssertionError("no line with '" + containing + "' in: " + seen);
        }

        Result end() throws Exception {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "corralctl ended");
            List<String> rest = new ArrayList<>();
            lines.drainTo(rest);
            return new Result(p.exitValue(), seen + String.join("\n", rest), err.get(10, TimeUnit.SECONDS));
        }
    }
}
