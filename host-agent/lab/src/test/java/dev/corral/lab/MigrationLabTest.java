package dev.corral.lab;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.cli.AgentSession;
import dev.corral.cli.CliException;
import dev.corral.cli.Target;
import dev.corral.protocol.Methods;
import dev.corral.protocol.SubscribeParams;
import dev.corral.protocol.SubscribeResult;
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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checkpoints and live migration between two real agents of a lab (own CORRAL_LAB_* names), driven
 * by corralctl as an operator would: a busybox container with a counter and a TCP echo server, a
 * client on the LAN holding one connection open through every migration and every failed one.
 * Faults are injected through the agents' test hooks ({@code -Dcorral.testHooks=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationLabTest {

    static final Path SCRIPT = CorralLabTest.SCRIPT;
    static final Path CORRALCTL = SCRIPT.resolveSibling("corralctl");

    /** Stream readers: the common pool may have one thread only, which a background reader would hold. */
    static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reader");
        t.setDaemon(true);
        return t;
    });

    String lab;
    Path dir;
    String bridge;
    String net;
    String h1;
    String h2;
    long h1Pid;
    String ip;
    Path config;
    String clientNs;
    EchoClient client;

    @BeforeAll
    void up() throws Exception {
        Random rnd = new Random();
        String tag = Integer.toHexString(0x100000 + rnd.nextInt(0xeffff));
        lab = "m" + tag;
        dir = Path.of("/tmp/corral-mig-test-" + tag);
        bridge = "crmt" + tag;
        net = "198.19." + (10 + rnd.nextInt(240));
        JsonArray hosts = JsonParser.parseString(labOk("up", "2", "--json")).getAsJsonArray();
        h1 = hosts.get(0).getAsJsonObject().get("address").getAsString() + ":2222";
        h2 = hosts.get(1).getAsJsonObject().get("address").getAsString() + ":2222";
        h1Pid = hosts.get(0).getAsJsonObject().get("pid").getAsLong();
        assertEquals("routed", hosts.get(0).getAsJsonObject().get("network").getAsString(), "migration needs routed lab hosts");
        config = dir.resolve("corralctl.conf");
        Files.writeString(config, "identity=" + dir.resolve("id_ed25519") + "\nknown_hosts=" + dir.resolve("known_hosts")
                + "\nuser=root\n");
        clientNs = labOk("client", "c1").strip().split(" ")[0];
        ip = net + ".50";
        for (String h : List.of(h1, h2)) {
            ctlOk(h, "template", "build", "busybox");
        }
    }

    @AfterAll
    void down() throws Exception {
        if (client != null) {
            client.close();
        }
        lab("down");
    }

    // ---- checkpoint / restore through corralctl ----

    @Test
    @Order(1)
    void checkpointDownloadedRestoresOnAnotherHost() throws Exception {
        String name = "cp";
        ctlOk(h1, "create", name, "--template", "busybox", "--ip", net + ".60");
        writeWorkload(1, name);
        ctlOk(h1, "start", name);
        JsonObject facts = json(ctlOk(h1, "--json", "info")).getAsJsonObject("facts");
        assertTrue(facts.get("criuCheck") == null || facts.get("criuCheck").isJsonNull(), "criu works: " + facts);
        assertTrue(facts.get("lazyPages").getAsBoolean(), "lazy pages here: " + facts);
        assertFalse(facts.get("preDump").getAsBoolean(), "no soft-dirty on this kernel: " + facts);

        JsonObject kept = json(ctlOk(h1, "--json", "checkpoint", name, "--leave-running"));
        assertEquals("running", json(ctlOk(h1, "--json", "status", name)).get("state").getAsString());
        Path file = dir.resolve("cp.tar");
        JsonObject c = json(ctlOk(h1, "--json", "checkpoint", name, "--output", file.toString()));
        assertEquals(c.get("sizeBytes").getAsLong(), Files.size(file));
        assertEquals("stopped", json(ctlOk(h1, "--json", "status", name)).get("state").getAsString());
        JsonArray list = json(ctlOk(h1, "--json", "checkpoints", name)).getAsJsonArray("checkpoints");
        assertEquals(2, list.size());
        ctlOk(h1, "checkpoint", name, "--delete", kept.get("id").getAsString());
        ctlOk(h1, "destroy", name);

        JsonObject restored = json(ctlOk(h2, "--json", "restore", name, "--from", file.toString()));
        assertEquals("running", restored.get("state").getAsString());
        assertEquals(net + ".60", restored.get("ipAddress").getAsString());
        long n = counter(2, name);
        assertTrue(n > 0, "the counter came along");
        assertTrue(waitCounterAbove(2, name, n), "and goes on on host 2");
        ctlOk(h2, "stop", name, "--force");
        ctlOk(h2, "destroy", name);
    }

    // ---- live migration ----

    @Test
    @Order(2)
    void migrationKeepsTcpConnectionCounterAddressAndMac() throws Exception {
        ctlOk(h1, "create", "web", "--template", "busybox", "--ip", ip);
        writeWorkload(1, "web");
        JsonObject before = json(ctlOk(h1, "--json", "start", "web"));
        before = json(ctlOk(h1, "--json", "status", "web"));
        assertTrue(waitCounterAbove(1, "web", 0), "the workload runs");
        client = EchoClient.connect(clientNs, ip);
        assertEquals("hello-1", client.echo("hello-1"));
        long count = counter(1, "web");

        BlockingQueue<String> h2States = new LinkedBlockingQueue<>();
        try (AgentSession watcher = subscribe(h2, h2States)) {
            Result r = ctl(h1, "migrate", "web", "--to", h2);
            assertEquals(0, r.exit(), r.out() + r.err());
            System.out.println("migration h1 -> h2: " + r.out());

            // the destination announces the arrival itself: no status call has read it there yet
            JsonArray listed = JsonParser.parseString(ctlOk(h2, "--json", "list")).getAsJsonArray();
            assertTrue(listed.asList().stream().anyMatch(c -> c.getAsJsonObject().get("name").getAsString().equals("web")),
                    "web listed on host 2 at once: " + listed);
            assertEquals("web running", h2States.poll(10, TimeUnit.SECONDS), "a subscriber on host 2 heard of it");
        }

        JsonObject after = json(ctlOk(h2, "--json", "status", "web"));
        assertEquals("running", after.get("state").getAsString());
        assertEquals(before.get("ipAddress"), after.get("ipAddress"));
        assertEquals(before.get("macAddress"), after.get("macAddress"));
        assertEquals(before.get("uuid"), after.get("uuid"));
        assertEquals("hello-2", client.echo("hello-2"), "the same TCP connection works after the move");
        assertTrue(waitCounterAbove(2, "web", count), "the counter continues on host 2");
        assertOnlyOn(2);
    }

    // ---- faults: each leaves the container running on host 2 and nothing on host 1 ----

    @Test
    @Order(3)
    void cancelledMigrationKeepsRunningOnSource() throws Exception {
        hook(2, "hold-transfer", "");
        Background m = migrateInBackground();
        m.awaitLine("transfer");
        JsonObject task = runningTask();
        ctlOk(h2, "task", "cancel", task.get("id").getAsString());
        Files.delete(hookFile(2, "hold-transfer"));
        Result r = m.end();
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("cancelled"), r.out());
        assertSurvived("cancel");
    }

    @Test
    @Order(4)
    void droppedConnectionKeepsRunningOnSource() throws Exception {
        hook(2, "drop-transfer", "");
        try {
            Result r = ctl(h2, "migrate", "web", "--to", h1);
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("failed in phase transfer"), r.out());
        } finally {
            Files.delete(hookFile(2, "drop-transfer"));
        }
        assertSurvived("drop");
    }

    @Test
    @Order(5)
    void failingRestoreOnDestinationKeepsRunningOnSource() throws Exception {
        Path fake = dir.resolve("bad-criu");
        Files.writeString(fake, """
                #!/bin/sh
                for a in "$@"; do [ "$a" = restore ] && { echo "injected restore failure" >&2; exit 1; }; done
                exec criu "$@"
                """);
        fake.toFile().setExecutable(true);
        hook(1, "restore-criu", fake.toString());
        try {
            Result r = ctl(h2, "migrate", "web", "--to", h1);
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("failed in phase restore"), r.out());
        } finally {
            Files.delete(hookFile(1, "restore-criu"));
        }
        assertSurvived("restore failure");
    }

    @Test
    @Order(6)
    void fullDiskOnDestinationKeepsRunningOnSource() throws Exception {
        Path incoming = dir.resolve("h1/incoming");
        Files.createDirectories(incoming);
        run(List.of("mount", "-t", "tmpfs", "-o", "size=64k", "corral-test-full", incoming.toString()));
        try {
            Result r = ctl(h2, "migrate", "web", "--to", h1);
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("No space left"), r.out());
        } finally {
            run(List.of("umount", incoming.toString()));
        }
        assertSurvived("full disk");
    }

    /**
     * The destination commits, then its connection to the source drops before the answer: the
     * source asks again on a new connection, learns that the destination keeps it, and removes
     * its own copy (the container runs on exactly one host).
     */
    @Test
    @Order(7)
    void answerLostAfterCommitIsConfirmedOnReconnect() throws Exception {
        hook(1, "drop-after-commit", "");
        try {
            Result r = ctl(h2, "migrate", "web", "--to", h1);
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("the destination confirmed it on a new connection"), r.out());
            assertFalse(Files.exists(hookFile(1, "drop-after-commit")), "the hook fired once");
        } finally {
            Files.deleteIfExists(hookFile(1, "drop-after-commit"));
        }
        JsonObject s = json(ctlOk(h1, "--json", "status", "web"));
        assertEquals("running", s.get("state").getAsString(), "runs on the destination");
        assertEquals(ip, s.get("ipAddress").getAsString());
        Result gone = ctl(h2, "status", "web");
        assertEquals(3, gone.exit(), "not found on the source: " + gone.out() + gone.err());
        assertEquals("after-lost-answer", client.echo("after-lost-answer"), "the client's connection survived");
        assertTrue(waitCounterAbove(1, "web", counter(1, "web")), "the counter goes on on host 1");
        assertOnlyOn(1);
        JsonArray tasks = json(ctlOk(h2, "--json", "task", "list")).getAsJsonArray("tasks");
        assertTrue(tasks.asList().stream().noneMatch(t -> t.getAsJsonObject().get("state").getAsString().equals("running")),
                "no task left running");
    }

    /**
     * Every answer to the commit is lost, also on the new connections: the source cannot know
     * whether the destination keeps it, so it leaves its copy stopped (never running on two
     * hosts), keeps the checkpoint and says how to resolve it; the operator does as told.
     */
    @Test
    @Order(8)
    void commitOutcomeUnknownLeavesTheSourceStopped() throws Exception {
        hook(2, "drop-after-commit", "always");
        Result r;
        try {
            r = ctl(h1, "migrate", "web", "--to", h2);
        } finally {
            Files.deleteIfExists(hookFile(2, "drop-after-commit"));
        }
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("outcome unknown"), r.out());
        assertTrue(r.out().contains("NOT started here"), r.out());
        assertTrue(r.out().contains("corralctl restore web --from "), r.out());
        assertEquals("stopped", json(ctlOk(h1, "--json", "status", "web")).get("state").getAsString(),
                "not started on the source");
        assertFalse(json(ctlOk(h1, "--json", "checkpoints", "web")).getAsJsonArray("checkpoints").isEmpty(),
                "the checkpoint is kept");
        // the destination did commit: as the message says, the copy here goes
        ctlOk(h1, "destroy", "web");
        assertSurvived("unknown outcome");
    }

    @Test
    @Order(9)
    void destinationAgentKilledMidTransferKeepsRunningOnSource() throws Exception {
        hook(2, "hold-transfer", "");
        Background m = migrateInBackground();
        m.awaitLine("transfer");
        run(List.of("kill", "-9", Long.toString(h1Pid)));
        Files.delete(hookFile(2, "hold-transfer"));
        Result r = m.end();
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("failed in phase transfer"), r.out());
        assertSurvived("destination killed");
    }

    // ---- helpers ----

    void assertSurvived(String what) throws Exception {
        JsonObject s = json(ctlOk(h2, "--json", "status", "web"));
        assertEquals("running", s.get("state").getAsString(), what + ": runs on the source");
        assertEquals(ip, s.get("ipAddress").getAsString());
        String line = "after-" + what.replace(' ', '-');
        assertEquals(line, client.echo(line), what + ": the client's connection survived");
        assertTrue(waitCounterAbove(2, "web", counter(2, "web")), what + ": the counter goes on");
        assertOnlyOn(2);
        JsonArray tasks = json(ctlOk(h2, "--json", "task", "list")).getAsJsonArray("tasks");
        assertTrue(tasks.asList().stream().noneMatch(t -> t.getAsJsonObject().get("state").getAsString().equals("running")),
                what + ": no task left running");
    }

    void assertOnlyOn(int host) throws IOException {
        int other = host == 1 ? 2 : 1;
        assertFalse(Files.exists(dir.resolve("h" + other + "/containers/web")), "no copy on host " + other);
        Path incoming = dir.resolve("h" + other + "/incoming");
        if (Files.isDirectory(incoming) && other == 1 && h1Alive()) {
            try (Stream<Path> s = Files.list(incoming)) {
                assertEquals(List.of(), s.toList(), "no upload left on host " + other);
            }
        }
        assertTrue(Files.exists(dir.resolve("h" + host + "/containers/web/corral.json")));
    }

    /**
     * Whether host 1's agent still runs. A killed agent nobody reaps stays a zombie, which
     * ProcessHandle calls alive; its unfinished upload is only cleared at its next start.
     */
    boolean h1Alive() {
        try {
            String stat = Files.readString(Path.of("/proc/" + h1Pid + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    JsonObject runningTask() throws Exception {
        JsonArray tasks = json(ctlOk(h2, "--json", "task", "list")).getAsJsonArray("tasks");
        return tasks.asList().stream().map(t -> t.getAsJsonObject())
                .filter(t -> t.get("state").getAsString().equals("running")).findFirst().orElseThrow();
    }

    /** A session on {@code host} subscribed to events, putting "NAME STATE" of every container state event in {@code states}. */
    AgentSession subscribe(String host, BlockingQueue<String> states) throws CliException {
        int colon = host.lastIndexOf(':');
        AgentSession s = AgentSession.open(new Target(host.substring(0, colon), Integer.parseInt(host.substring(colon + 1)),
                "root", dir.resolve("id_ed25519"), dir.resolve("known_hosts"), true));
        s.onNotification(n -> {
            if (Methods.EVENT_CONTAINER_STATE.equals(n.method())) {
                JsonObject e = n.params().getAsJsonObject();
                states.add(e.get("name").getAsString() + " " + e.get("state").getAsString());
            }
        });
        s.call(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(0), SubscribeResult.class);
        return s;
    }

    Background migrateInBackground() throws IOException {
        return new Background(ctlArgv(h2, "migrate", "web", "--to", h1));
    }

    Path hookFile(int host, String hook) {
        return dir.resolve("h" + host + "/test-hooks/" + hook);
    }

    void hook(int host, String hook, String value) throws IOException {
        Files.createDirectories(hookFile(host, hook).getParent());
        Files.writeString(hookFile(host, hook), value);
    }

    void writeWorkload(int host, String name) throws IOException {
        Path script = dir.resolve("h" + host + "/containers/" + name + "/upper/etc/init.d/S50work");
        Files.createDirectories(script.getParent());
        Files.writeString(script, """
                #!/bin/sh
                [ "$1" = start ] || exit 0
                (i=0; while true; do i=$((i+1)); echo $i > /tmp/counter.new; mv /tmp/counter.new /tmp/counter; usleep 100000; done) </dev/null >/dev/null 2>&1 &
                nc -ll -p 7000 -e /bin/cat </dev/null >/dev/null 2>&1 &
                """);
        script.toFile().setExecutable(true, false);
    }

    long counter(int host, String name) {
        try {
            String s = Files.readString(dir.resolve("h" + host + "/containers/" + name + "/rootfs/tmp/counter")).strip();
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The counter is written every 100 ms: waits (bounded) for it to pass {@code n} by a few steps. */
    boolean waitCounterAbove(int host, String name, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Path f = dir.resolve("h" + host + "/containers/" + name + "/rootfs/tmp");
        try (var watch = f.getFileSystem().newWatchService()) {
            f.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY,
                    java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
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

    record Result(int exit, String out, String err) {
    }

    Map<String, String> labEnv(ProcessBuilder pb) {
        Map<String, String> env = pb.environment();
        env.put("CORRAL_LAB_NAME", lab);
        env.put("CORRAL_LAB_DIR", dir.toString());
        env.put("CORRAL_LAB_BRIDGE", bridge);
        env.put("CORRAL_LAB_NET", net);
        env.put("CORRAL_AGENT_JAVA_OPTS", "-XX:+UseSerialGC -Xms16m -Xmx256m -XX:+ExitOnOutOfMemoryError -Dcorral.testHooks=true");
        return env;
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
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()), READERS);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()), READERS);
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", argv) + " timed out");
        }
        return new Result(p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
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

    /** One TCP connection from the LAN client namespace, kept open across migrations (busybox nc). */
    static final class EchoClient implements AutoCloseable {
        final Process p;
        final OutputStream in;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        /** The echo server starts with init: tries until it answers (bounded). */
        static EchoClient connect(String netns, String ip) throws Exception {
            for (int attempt = 0; attempt < 20; attempt++) {
                EchoClient c = new EchoClient(netns, ip);
                c.in.write("ping\n".getBytes(StandardCharsets.UTF_8));
                c.in.flush();
                String got = c.lines.poll(2, TimeUnit.SECONDS);
                if ("ping".equals(got)) {
                    return c;
                }
                c.close();
                c.p.waitFor(5, TimeUnit.SECONDS);
            }
            throw new AssertionError("the echo server at " + ip + " never answered");
        }

        EchoClient(String netns, String ip) throws Exception {
            p = new ProcessBuilder("nsenter", "--net=/run/netns/" + netns, "--", "busybox", "nc", ip, "7000")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            in = p.getOutputStream();
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        lines.add(l);
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
        }

        String echo(String line) throws Exception {
            assertTrue(p.isAlive(), "the client's connection is open");
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            String got = lines.poll(20, TimeUnit.SECONDS);
            assertNotNull(got, "an answer to " + line);
            return got;
        }

        @Override
        public void close() {
            p.destroyForcibly();
        }
    }
}
