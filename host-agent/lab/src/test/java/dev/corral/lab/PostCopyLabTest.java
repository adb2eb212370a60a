package dev.corral.lab;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.lab.MigrationLabTest.EchoClient;
import dev.corral.lab.MigrationLabTest.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.corral.lab.MigrationLabTest.json;
import static dev.corral.lab.MigrationLabTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Post-copy live migration (CRIU lazy pages through the agents' SSH connection) between two real
 * agents of a lab of its own, driven by corralctl: a busybox container with a counter, a TCP echo
 * server and 64 MiB of memory it checks every second, a LAN client holding one connection open
 * throughout. Faults come through the agents' test hooks: a cancel before the restore, and the
 * connection dropped while the memory moves; each leaves the container running on the source
 * and nothing on the destination.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostCopyLabTest {

    static final Path SCRIPT = CorralLabTest.SCRIPT;
    static final Path CORRALCTL = SCRIPT.resolveSibling("corralctl");
    static final String NAME = "pc";
    /** The memory the workload holds (and checks): large enough that its transfer takes a while. */
    static final int MEMORY = 64 << 20;

    String lab;
    Path dir;
    String bridge;
    String net;
    String h1;
    String h2;
    String ip;
    Path config;
    EchoClient client;

    @BeforeAll
    void up() throws Exception {
        Random rnd = new Random();
        String tag = Integer.toHexString(0x100000 + rnd.nextInt(0xeffff));
        lab = "p" + tag;
        dir = Path.of("/tmp/corral-pc-test-" + tag);
        bridge = "crpc" + tag;
        net = "198.19." + (10 + rnd.nextInt(240));
        JsonArray hosts = JsonParser.parseString(labOk("up", "2", "--json")).getAsJsonArray();
        h1 = hosts.get(0).getAsJsonObject().get("address").getAsString() + ":2222";
        h2 = hosts.get(1).getAsJsonObject().get("address").getAsString() + ":2222";
        assertEquals("routed", hosts.get(0).getAsJsonObject().get("network").getAsString(), "migration needs routed lab hosts");
        config = dir.resolve("corralctl.conf");
        Files.writeString(config, "identity=" + dir.resolve("id_ed25519") + "\nknown_hosts=" + dir.resolve("known_hosts")
                + "\nuser=root\n");
        String clientNs = labOk("client", "c1").strip().split(" ")[0];
        ip = net + ".70";
        for (String h : List.of(h1, h2)) {
            ctlOk(h, "template", "build", "busybox");
            assertTrue(json(ctlOk(h, "--json", "info")).getAsJsonObject("facts").get("lazyPages").getAsBoolean(),
                    "lazy pages on " + h);
        }
        ctlOk(h1, "create", NAME, "--template", "busybox", "--ip", ip);
        writeWorkload(1);
        ctlOk(h1, "start", NAME);
        assertTrue(waitFileAbove(1, "counter", 0), "the workload runs");
        assertTrue(waitFileAbove(1, "memory", 0), "the memory holder runs");
        client = EchoClient.connect(clientNs, ip);
        assertEquals("hello-1", client.echo("hello-1"));
    }

    @AfterAll
    void down() throws Exception {
        if (client != null) {
            client.close();
        }
        lab("down");
    }

    @Test
    @Order(1)
    void postCopyMigrationKeepsConnectionCounterMemoryAddressAndMac() throws Exception {
        JsonObject before = json(ctlOk(h1, "--json", "status", NAME));
        long count = value(1, "counter");

        Result r = ctl(h1, "migrate", NAME, "--to", h2, "--post-copy");
        assertEquals(0, r.exit(), r.out() + r.err());
        System.out.println("post-copy migration h1 -> h2:\n" + r.out());
        for (String phase : List.of("precheck", "dump", "transfer", "restore", "pages", "cleanup")) {
            assertTrue(r.out().contains("] " + phase + ": "), "phase " + phase + " reported: " + r.out());
        }
        String frozen = r.out().substring(r.out().lastIndexOf("frozen per phase"));
        assertTrue(frozen.contains("dump=") && frozen.contains("transfer=") && frozen.contains("restore="), frozen);
        assertFalse(frozen.contains("pages="), "the memory moves while it runs: not frozen time: " + frozen);

        JsonObject after = json(ctlOk(h2, "--json", "status", NAME));
        assertEquals("running", after.get("state").getAsString());
        assertEquals(before.get("ipAddress"), after.get("ipAddress"));
        assertEquals(before.get("macAddress"), after.get("macAddress"));
        assertEquals(before.get("uuid"), after.get("uuid"));
        assertEquals("hello-2", client.echo("hello-2"), "the same TCP connection works after the move");
        assertTrue(waitFileAbove(2, "counter", count), "the counter continues on host 2");
        assertTrue(waitFileAbove(2, "memory", value(2, "memory")), "the memory holder goes on on host 2");
        assertEquals(MEMORY, memoryChecked(2), "all of its memory came along");
        assertOnlyOn(2);
    }

    @Test
    @Order(2)
    void cancelBeforeRestoreKeepsRunningOnSource() throws Exception {
        hook(2, "hold-transfer");
        Background m = new Background(ctlArgv(h2, "migrate", NAME, "--to", h1, "--post-copy"));
        try {
            m.awaitLine("transfer");
            JsonObject task = json(ctlOk(h2, "--json", "task", "list")).getAsJsonArray("tasks").asList().stream()
                    .map(t -> t.getAsJsonObject()).filter(t -> t.get("state").getAsString().equals("running"))
                    .findFirst().orElseThrow();
            ctlOk(h2, "task", "cancel", task.get("id").getAsString());
        } finally {
            Files.delete(hookFile(2, "hold-transfer"));
        }
        Result r = m.end();
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("cancelled in phase transfer"), r.out());
        assertSurvived("cancel");
    }

    @Test
    @Order(3)
    void failingLazyRestoreKeepsRunningOnSource() throws Exception {
        Path fake = dir.resolve("bad-criu");
        Files.writeString(fake, """
                #!/bin/sh
                for a in "$@"; do [ "$a" = restore ] && { echo "injected restore failure" >&2; exit 1; }; done
                exec criu "$@"
                """);
        assertTrue(fake.toFile().setExecutable(true));
        hook(1, "restore-criu", fake.toString());
        try {
            Result r = ctl(h2, "migrate", NAME, "--to", h1, "--post-copy");
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("failed in phase restore"), r.out());
        } finally {
            Files.delete(hookFile(1, "restore-criu"));
        }
        assertSurvived("restore failure");
    }

    @Test
    @Order(4)
    void connectionDroppedWhileMemoryMovesKeepsRunningOnSource() throws Exception {
        hook(2, "drop-pages");
        try {
            Result r = ctl(h2, "migrate", NAME, "--to", h1, "--post-copy");
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("failed in phase pages"), r.out());
            assertTrue(r.out().contains("runs here again from its frozen copy"), r.out());
        } finally {
            Files.delete(hookFile(2, "drop-pages"));
        }
        // The destination learns of it from the session's end and its lazy-pages daemon failing.
        assertTrue(poll(() -> !Files.exists(dir.resolve("h1/containers/" + NAME))), "the destination removed its copy");
        assertSurvived("dropped connection");
        assertEquals(MEMORY, memoryChecked(2), "its memory is whole on the source");
    }

    // ---- helpers ----

    void assertSurvived(String what) throws Exception {
        JsonObject s = json(ctlOk(h2, "--json", "status", NAME));
        assertEquals("running", s.get("state").getAsString(), what + ": runs on the source");
        assertEquals(ip, s.get("ipAddress").getAsString());
        String line = "after-" + what.replace(' ', '-');
        assertEquals(line, client.echo(line), what + ": the client's connection survived");
        assertTrue(waitFileAbove(2, "counter", value(2, "counter")), what + ": the counter goes on");
        assertOnlyOn(2);
        JsonArray tasks = json(ctlOk(h2, "--json", "task", "list")).getAsJsonArray("tasks");
        assertTrue(tasks.asList().stream().noneMatch(t -> t.getAsJsonObject().get("state").getAsString().equals("running")),
                what + ": no task left running");
    }

    void assertOnlyOn(int host) throws Exception {
        int other = host == 1 ? 2 : 1;
        assertTrue(poll(() -> !Files.exists(dir.resolve("h" + other + "/containers/" + NAME))), "no copy on host " + other);
        Path incoming = dir.resolve("h" + other + "/incoming");
        assertTrue(poll(() -> {
            if (!Files.isDirectory(incoming)) {
                return true;
            }
            try (Stream<Path> s = Files.list(incoming)) {
                return s.findAny().isEmpty();
            } catch (IOException e) {
                return false;
            }
        }), "no upload left on host " + other);
        assertFalse(Files.exists(dir.resolve("h" + other + "/migrations/" + NAME)), "no migration marker on host " + other);
        assertTrue(Files.exists(dir.resolve("h" + host + "/containers/" + NAME + "/corral.json")));
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** Polls a condition for up to 20 s (the destination cleans up asynchronously). */
    static boolean poll(Check c) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        BlockingQueue<Object> never = new LinkedBlockingQueue<>();
        while (System.nanoTime() < deadline) {
            if (c.ok()) {
                return true;
            }
            never.poll(50, TimeUnit.MILLISECONDS);
        }
        return c.ok();
    }

    void writeWorkload(int host) throws IOException {
        Path script = dir.resolve("h" + host + "/containers/" + NAME + "/upper/etc/init.d/S50work");
        Files.createDirectories(script.getParent());
        Files.writeString(script, """
                #!/bin/sh
                [ "$1" = start ] || exit 0
                (i=0; while true; do i=$((i+1)); echo $i > /tmp/counter.new; mv /tmp/counter.new /tmp/counter; usleep 100000; done) </dev/null >/dev/null 2>&1 &
                nc -ll -p 7000 -e /bin/cat </dev/null >/dev/null 2>&1 &
                (x=$(head -c %d /dev/zero | tr '\\0' m); n=0; while true; do n=$((n+1)); echo "$n ${#x}" > /tmp/memory.new; mv /tmp/memory.new /tmp/memory; sleep 1; done) </dev/null >/dev/null 2>&1 &
                """.formatted(MEMORY));
        script.toFile().setExecutable(true, false);
    }

    /** The first number in the container's /tmp/NAME file; -1 when absent. */
    long value(int host, String file) {
        try {
            String s = Files.readString(dir.resolve("h" + host + "/containers/" + NAME + "/rootfs/tmp/" + file)).strip();
            return s.isEmpty() ? -1 : Long.parseLong(s.split(" ")[0]);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The length of the memory holder's string as it last counted it. */
    long memoryChecked(int host) throws IOException {
        String s = Files.readString(dir.resolve("h" + host + "/containers/" + NAME + "/rootfs/tmp/memory")).strip();
        return Long.parseLong(s.split(" ")[1]);
    }

    boolean waitFileAbove(int host, String file, long n) throws Exception {
        // the counter moves every 100 ms, the memory holder every second
        return poll(() -> value(host, file) > n + ("counter".equals(file) ? 2 : 0));
    }

    Path hookFile(int host, String hook) {
        return dir.resolve("h" + host + "/test-hooks/" + hook);
    }

    void hook(int host, String hook) throws IOException {
        hook(host, hook, "");
    }

    void hook(int host, String hook, String value) throws IOException {
        Files.createDirectories(hookFile(host, hook).getParent());
        Files.writeString(hookFile(host, hook), value);
    }

    void labEnv(ProcessBuilder pb) {
        pb.environment().put("CORRAL_LAB_NAME", lab);
        pb.environment().put("CORRAL_LAB_DIR", dir.toString());
        pb.environment().put("CORRAL_LAB_BRIDGE", bridge);
        pb.environment().put("CORRAL_LAB_NET", net);
        pb.environment().put("CORRAL_AGENT_JAVA_OPTS",
                "-XX:+UseSerialGC -Xms16m -Xmx256m -XX:+ExitOnOutOfMemoryError -Dcorral.testHooks=true");
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
        return run(ctlArgv(host, args));
    }

    String ctlOk(String host, String... args) throws Exception {
        Result r = ctl(host, args);
        assertEquals(0, r.exit(), () -> "corralctl " + String.join(" ", args) + ": " + r.err() + r.out());
        return r.out();
    }

    Result run(List<String> argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv);
        labEnv(pb);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()), MigrationLabTest.READERS);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()), MigrationLabTest.READERS);
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", argv) + " timed out");
        }
        return new Result(p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    /** A command whose output lines the test follows while it runs. */
    final class Background {
        final Process p;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final StringBuilder seen = new StringBuilder();
        final CompletableFuture<String> err;

        Background(List<String> argv) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(argv);
            labEnv(pb);
            p = pb.start();
            p.getOutputStream().close();
            err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()), MigrationLabTest.READERS);
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
