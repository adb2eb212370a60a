package dev.corral.lab;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
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
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live migration of a debian-12 system container between the two agents of a lab (own
 * CORRAL_LAB_* names), driven by corralctl: the container runs its own sysvinit, a service
 * installed with apt from .deb files (xinetd, its built-in TCP echo enabled, started by init at
 * boot) and a counter; a client on the LAN keeps one TCP connection to the service open while the
 * container moves to host 2 and back. The template comes from {@link DebianLabCache}; needs the
 * Debian mirror the first time, so it runs only with -Dcorral.debianTests=true.
 */
@EnabledIfSystemProperty(named = "corral.debianTests", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebianMigrationLabTest {

    static final Path CORRALCTL = CorralLabTest.SCRIPT.resolveSibling("corralctl");
    static final String NAME = "deb";
    static final int ECHO_PORT = 7;

    String lab;
    /** A tmpfs holding the lab's state directory {@link #dir}. */
    Path base;
    Path dir;
    String bridge;
    String net;
    String ip;
    final String[] hosts = new String[3];
    Path config;
    String clientNs;
    EchoClient client;
    JsonObject identity;
    /** "XINETD_PID COUNTER_PID" in the container: CRIU gives the processes their pids back. */
    String pids;
    List<Path> debs;
    /** corralctl runs and their time, printed at the end: most of this test's time is theirs. */
    int ctlRuns;
    long ctlMillis;
    long classStart = System.nanoTime();

    @BeforeAll
    void up() throws Exception {
        Random rnd = new Random();
        String tag = Integer.toHexString(0x100000 + rnd.nextInt(0xeffff));
        lab = "d" + tag;
        // The lab's state on a tmpfs of its own: each host unpacks a 180 MB template, and removing
        // two of them from this machine's ext4 (mounted with discard) took 16 s of `corral-lab down`.
        base = Files.createDirectories(Path.of("/tmp/corral-deb-test-" + tag));
        dir = base.resolve("lab");
        bridge = "crdt" + tag;
        net = freeNet(rnd);
        ip = net + ".50";
        assertEquals(0, run(List.of("mount", "-t", "tmpfs", "-o", "size=4g,mode=700", "corral-deb-test", base.toString())).exit());
        long t0 = System.nanoTime();
        Path tarball = DebianLabCache.templateTarball();
        debs = DebianLabCache.debs();
        JsonArray up = JsonParser.parseString(labOk("up", "2", "--json")).getAsJsonArray();
        for (int k = 1; k <= 2; k++) {
            hosts[k] = up.get(k - 1).getAsJsonObject().get("address").getAsString() + ":2222";
        }
        assertEquals("routed", up.get(0).getAsJsonObject().get("network").getAsString(), "migration needs routed lab hosts");
        config = dir.resolve("corralctl.conf");
        Files.writeString(config, "identity=" + dir.resolve("id_ed25519") + "\nknown_hosts=" + dir.resolve("known_hosts")
                + "\nuser=root\n");
        clientNs = labOk("client", "c1").strip().split(" ")[0];
        // both imports at once: each is mostly tar unpacking 180 MB
        CompletableFuture<Result> second = CompletableFuture.supplyAsync(() -> uncheckedCtl(hosts[2], "template", "import",
                "debian-12", tarball.toString()), MigrationLabTest.READERS);
        assertOk(ctl(hosts[1], "template", "import", "debian-12", tarball.toString()));
        assertOk(second.get(150, TimeUnit.SECONDS));
        System.out.printf("debian-12 lab ready (template cache, lab, imports on both hosts) in %d ms%n", millisSince(t0));
        ctlOk(hosts[1], "create", NAME, "--template", "debian-12", "--ip", ip, "--hostname", "deb1");
    }

    @AfterAll
    void down() throws Exception {
        if (dir == null) {
            return;
        }
        if (client != null) {
            client.close();
        }
        long t0 = System.nanoTime();
        try {
            lab("down");
        } finally {
            if (run(List.of("umount", base.toString())).exit() != 0) {
                // something of the lab still holds it: detach now, freed when let go
                run(List.of("umount", "-l", base.toString()));
            }
            Files.deleteIfExists(base);
        }
        System.out.printf("debian-12 lab test: %d corralctl runs took %d ms, lab down %d ms, %d ms in all%n",
                ctlRuns, ctlMillis, millisSince(t0), millisSince(classStart));
    }

    @Test
    @Order(1)
    void serviceInstalledWithAptRunsUnderTheContainersInit() throws Exception {
        long t0 = System.nanoTime();
        ctlOk(hosts[1], "start", NAME);
        assertTrue(poll(() -> sh(1, "runlevel").equals("N 2")), "sysvinit reached runlevel 2");
        // into the running container's /tmp: a /tmp made in the upper layer beforehand would hide
        // the template's mode 1777, and apt reads local files as its unprivileged _apt user
        Path into = Files.createDirectories(rootfs(1).resolve("tmp/debs"));
        for (Path d : debs) {
            Files.copy(d, into.resolve(d.getFileName()));
        }
        // as a user would: apt resolves the dependencies among the given files (no network
        // inside); then xinetd's built-in TCP echo (the first "disable" of the file) is switched on
        sh(1, "apt-get install -y -q --no-install-recommends /tmp/debs/*.deb && apt-get clean && rm -rf /tmp/debs"
                + " && sed -i '0,/disable/s/disable\\(\\s*\\)= yes/disable\\1= no/' /etc/xinetd.d/echo");
        // init starts it from /etc/rc2.d at the next boot
        identity = json(ctlOk(hosts[1], "--json", "restart", NAME));
        assertEquals("running", identity.get("state").getAsString());
        assertTrue(poll(() -> ctl(hosts[1], "exec", NAME, "--", "service", "xinetd", "status").exit() == 0),
                "xinetd started at boot: " + sh(1, "runlevel; ls /etc/rc2.d; ps -ef"));
        sh(1, "(i=0; while :; do i=$((i+1)); echo $i > /tmp/counter.new; mv /tmp/counter.new /tmp/counter; sleep 0.1; done)"
                + " </dev/null >/dev/null 2>&1 & echo $! > /tmp/counter.pid");
        assertTrue(waitCounterAbove(1, 0), "the counter runs");
        pids = assertInitAndService(1);
        client = EchoClient.connect(clientNs, ip, ECHO_PORT);
        assertEquals("hello-1", client.echo("hello-1"));
        System.out.printf("debian-12 booted, xinetd installed with apt, rebooted, serving in %d ms%n", millisSince(t0));
    }

    @Test
    @Order(2)
    void migrationToHostTwoKeepsConnectionCounterInitAndService() throws Exception {
        assertNotNull(client, "the service answered on host 1");
        migrate(1, 2);
        assertEquals("hello-2", client.echo("hello-2"), "the same TCP connection works after the move");
    }

    @Test
    @Order(3)
    void migrationBackToHostOneAndCleanShutdown() throws Exception {
        assertNotNull(client, "the service answered on host 1");
        migrate(2, 1);
        assertEquals("hello-3", client.echo("hello-3"), "the same TCP connection works after moving back");
        // the restored init still shuts the system down on SIGPWR (stop signal), before the SIGKILL deadline
        assertEquals("stopped", json(ctlOk(hosts[1], "--json", "stop", NAME, "--timeout", "30")).get("state").getAsString());
    }

    /** Live-migrates from host {@code from} to {@code to} and checks what must come along. */
    void migrate(int from, int to) throws Exception {
        long count = counter(from);
        long t0 = System.nanoTime();
        JsonObject task = json(ctlOk(hosts[from], "--json", "migrate", NAME, "--to", hosts[to]));
        assertEquals("succeeded", task.get("state").getAsString(), task.toString());
        System.out.printf("debian-12 migration h%d -> h%d: frozen per phase (ms) %s, %d bytes moved, corralctl %d ms%n",
                from, to, task.get("frozenMillis"), task.get("totalBytes").getAsLong(), millisSince(t0));
        JsonObject after = json(ctlOk(hosts[to], "--json", "status", NAME));
        assertEquals("running", after.get("state").getAsString());
        for (String key : List.of("ipAddress", "macAddress", "uuid")) {
            assertEquals(identity.get(key), after.get(key), key + " unchanged");
        }
        assertTrue(counter(to) >= count, "the counter did not start over: " + counter(to) + " after " + count);
        assertTrue(waitCounterAbove(to, count), "the counter continues on host " + to);
        assertEquals(pids, assertInitAndService(to), "the same processes (pids of xinetd and the counter)");
    }

    /**
     * sysvinit is PID 1 in runlevel 2, xinetd is its child and known to its init script (one
     * exec: each costs a corralctl start). Returns "XINETD_PID COUNTER_PID".
     */
    String assertInitAndService(int host) throws Exception {
        String[] f = sh(host, "p=$(cat /run/xinetd.pid); if service xinetd status >/dev/null; then s=up; else s=down; fi;"
                + " echo \"$(cat /proc/1/comm)|$(runlevel)|$(ps -o ppid= -p $p | tr -d ' ')|$s|$p $(cat /tmp/counter.pid)\"")
                .split("\\|");
        assertEquals("init", f[0], "PID 1");
        assertEquals("N 2", f[1]);
        assertEquals("1", f[2], "xinetd runs under init");
        assertEquals("up", f[3], "service xinetd status");
        return f[4];
    }

    // ---- helpers ----

    /** A 198.19.x.0/24 no interface here uses yet (a killed run's bridge keeps its address). */
    static String freeNet(Random rnd) throws Exception {
        Process p = new ProcessBuilder("ip", "-4", "-o", "addr", "show").redirectErrorStream(true).start();
        String used = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        for (int attempt = 0; attempt < 100; attempt++) {
            String prefix = "198.19." + (10 + rnd.nextInt(240));
            if (!used.contains(" " + prefix + ".")) {
                return prefix;
            }
        }
        throw new IOException("no free 198.19.x.0/24 here");
    }

    Path rootfs(int host) {
        return dir.resolve("h" + host + "/containers/" + NAME + "/rootfs");
    }

    /** Runs a shell script in the container; it must succeed. Returns its trimmed output. */
    String sh(int host, String script) throws Exception {
        Result r = ctl(hosts[host], "exec", NAME, "--timeout", "120", "--", "/bin/sh", "-c", script);
        assertEquals(0, r.exit(), () -> script + ": " + r.out() + r.err());
        return r.out().strip();
    }

    long counter(int host) {
        try {
            String s = Files.readString(rootfs(host).resolve("tmp/counter")).strip();
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The counter is written every ~100 ms: waits (bounded, woken by its renames) for it to pass {@code n} by a few steps. */
    boolean waitCounterAbove(int host, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Path tmp = rootfs(host).resolve("tmp");
        try (var watch = tmp.getFileSystem().newWatchService()) {
            tmp.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
                    java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
            while (System.nanoTime() < deadline) {
                if (counter(host) > n + 2) {
                    return true;
                }
                var key = watch.poll(200, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
        return counter(host) > n + 2;
    }

    interface Check {
        boolean test() throws Exception;
    }

    /** Polls {@code check} until it holds, for at most 30 s; each check is a corralctl round trip (~0.5 s). */
    static boolean poll(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (check.test()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return check.test();
    }

    static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static JsonObject json(String s) {
        return JsonParser.parseString(s).getAsJsonObject();
    }

    record Result(int exit, String out, String err) {
    }

    String labOk(String... args) throws Exception {
        Result r = lab(args);
        assertEquals(0, r.exit(), () -> "corral-lab " + String.join(" ", args) + ": " + r.err() + r.out());
        return r.out();
    }

    Result lab(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(CorralLabTest.SCRIPT.toString()));
        argv.addAll(List.of(args));
        return run(argv);
    }

    Result ctl(String host, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(CORRALCTL.toString(), "--config", config.toString(), "-H", host));
        argv.addAll(List.of(args));
        long t0 = System.nanoTime();
        try {
            return run(argv);
        } finally {
            synchronized (this) {
                ctlRuns++;
                ctlMillis += millisSince(t0);
            }
        }
    }

    Result uncheckedCtl(String host, String... args) {
        try {
            return ctl(host, args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String ctlOk(String host, String... args) throws Exception {
        Result r = ctl(host, args);
        assertOk(r, () -> "corralctl " + String.join(" ", args));
        return r.out();
    }

    static void assertOk(Result r) {
        assertOk(r, () -> "corralctl");
    }

    static void assertOk(Result r, Supplier<String> what) {
        assertEquals(0, r.exit(), () -> what.get() + ": " + r.err() + r.out());
    }

    Result run(List<String> argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().put("CORRAL_LAB_NAME", lab);
        pb.environment().put("CORRAL_LAB_DIR", dir.toString());
        pb.environment().put("CORRAL_LAB_BRIDGE", bridge);
        pb.environment().put("CORRAL_LAB_NET", net);
        pb.environment().put("CORRAL_AGENT_JAVA_OPTS", "-XX:+UseSerialGC -Xms16m -Xmx256m -XX:+ExitOnOutOfMemoryError");
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> MigrationLabTest.read(p.getInputStream()),
                MigrationLabTest.READERS);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> MigrationLabTest.read(p.getErrorStream()),
                MigrationLabTest.READERS);
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", argv) + " timed out");
        }
        return new Result(p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    /** One TCP connection from the LAN client namespace (busybox nc), kept open across migrations. */
    static final class EchoClient implements AutoCloseable {
        final Process p;
        final OutputStream in;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        /** Tries until the service answers (bounded): it may still be binding its port. */
        static EchoClient connect(String netns, String ip, int port) throws Exception {
            for (int attempt = 0; attempt < 20; attempt++) {
                EchoClient c = new EchoClient(netns, ip, port);
                c.in.write("ping\n".getBytes(StandardCharsets.UTF_8));
                c.in.flush();
                if ("ping".equals(c.lines.poll(2, TimeUnit.SECONDS))) {
                    return c;
                }
                c.close();
                c.p.waitFor(5, TimeUnit.SECONDS);
            }
            throw new AssertionError("the echo service at " + ip + ":" + port + " never answered");
        }

        EchoClient(String netns, String ip, int port) throws IOException {
            p = new ProcessBuilder("nsenter", "--net=/run/netns/" + netns, "--", "busybox", "nc", ip, Integer.toString(port))
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
