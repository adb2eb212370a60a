package dev.corral.lab;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static dev.corral.lab.TwoHostLab.json;
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

    static final String NAME = "deb";
    static final int ECHO_PORT = 7;

    TwoHostLab lab;
    /** A tmpfs holding the lab's state directory. */
    Path base;
    String ip;
    final String[] hosts = new String[3];
    LanEchoClient client;
    JsonObject identity;
    /** "XINETD_PID COUNTER_PID" in the container: CRIU gives the processes their pids back. */
    String pids;
    List<Path> debs;
    long classStart = System.nanoTime();

    @BeforeAll
    void up() throws Exception {
        Random rnd = new Random();
        String tag = Integer.toHexString(0x100000 + rnd.nextInt(0xeffff));
        // The lab's state on a tmpfs of its own: each host unpacks a 180 MB template, and removing
        // two of them from this machine's ext4 (mounted with discard) took 16 s of `corral-lab down`.
        base = Files.createDirectories(Path.of("/tmp/corral-deb-test-" + tag));
        lab = new TwoHostLab("d" + tag, base.resolve("lab"), "crdt" + tag, freeNet(rnd), TwoHostLab.AGENT_OPTS);
        ip = lab.net + ".50";
        assertEquals(0, lab.run(List.of("mount", "-t", "tmpfs", "-o", "size=4g,mode=700", "corral-deb-test", base.toString())).exit());
        long t0 = System.nanoTime();
        Path tarball = DebianLabCache.templateTarball();
        debs = DebianLabCache.debs();
        lab.up();
        hosts[1] = lab.h1;
        hosts[2] = lab.h2;
        // both imports at once: each is mostly tar unpacking 180 MB
        CompletableFuture<TwoHostLab.Result> second = CompletableFuture.supplyAsync(() -> uncheckedCtl(hosts[2], "template", "import",
                "debian-12", tarball.toString()), TwoHostLab.READERS);
        assertOk(lab.ctl(hosts[1], "template", "import", "debian-12", tarball.toString()));
        assertOk(second.get(150, TimeUnit.SECONDS));
        System.out.printf("debian-12 lab ready (template cache, lab, imports on both hosts) in %d ms%n", millisSince(t0));
        lab.ctlOk(hosts[1], "create", NAME, "--template", "debian-12", "--ip", ip, "--hostname", "deb1");
    }

    @AfterAll
    void down() throws Exception {
        if (lab == null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            lab.down();
        } finally {
            if (lab.run(List.of("umount", base.toString())).exit() != 0) {
                // something of the lab still holds it: detach now, freed when let go
                lab.run(List.of("umount", "-l", base.toString()));
            }
            Files.deleteIfExists(base);
        }
        System.out.printf("debian-12 lab test: %d corralctl runs took %d ms, lab down %d ms, %d ms in all%n",
                lab.ctlRuns, lab.ctlMillis, millisSince(t0), millisSince(classStart));
    }

    @Test
    @Order(1)
    void serviceInstalledWithAptRunsUnderTheContainersInit() throws Exception {
        long t0 = System.nanoTime();
        lab.ctlOk(hosts[1], "start", NAME);
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
        identity = json(lab.ctlOk(hosts[1], "--json", "restart", NAME));
        assertEquals("running", identity.get("state").getAsString());
        assertTrue(poll(() -> lab.ctl(hosts[1], "exec", NAME, "--", "service", "xinetd", "status").exit() == 0),
                "xinetd started at boot: " + sh(1, "runlevel; ls /etc/rc2.d; ps -ef"));
        sh(1, "(i=0; while :; do i=$((i+1)); echo $i > /tmp/counter.new; mv /tmp/counter.new /tmp/counter; sleep 0.1; done)"
                + " </dev/null >/dev/null 2>&1 & echo $! > /tmp/counter.pid");
        assertTrue(lab.waitCounterAbove(1, NAME, 0), "the counter runs");
        pids = assertInitAndService(1);
        client = lab.echoClient(ip, ECHO_PORT);
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
        assertEquals("stopped", json(lab.ctlOk(hosts[1], "--json", "stop", NAME, "--timeout", "30")).get("state").getAsString());
    }

    /** Live-migrates from host {@code from} to {@code to} and checks what must come along. */
    void migrate(int from, int to) throws Exception {
        long count = lab.counter(from, NAME);
        long t0 = System.nanoTime();
        JsonObject task = json(lab.ctlOk(hosts[from], "--json", "migrate", NAME, "--to", hosts[to]));
        assertEquals("succeeded", task.get("state").getAsString(), task.toString());
        System.out.printf("debian-12 migration h%d -> h%d: frozen per phase (ms) %s, %d bytes moved, corralctl %d ms%n",
                from, to, task.get("frozenMillis"), task.get("totalBytes").getAsLong(), millisSince(t0));
        JsonObject after = json(lab.ctlOk(hosts[to], "--json", "status", NAME));
        assertEquals("running", after.get("state").getAsString());
        for (String key : List.of("ipAddress", "macAddress", "uuid")) {
            assertEquals(identity.get(key), after.get(key), key + " unchanged");
        }
        assertTrue(lab.counter(to, NAME) >= count, "the counter did not start over: " + lab.counter(to, NAME) + " after " + count);
        assertTrue(lab.waitCounterAbove(to, NAME, count), "the counter continues on host " + to);
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
        return lab.dir.resolve("h" + host + "/containers/" + NAME + "/rootfs");
    }

    /** Runs a shell script in the container; it must succeed. Returns its trimmed output. */
    String sh(int host, String script) throws Exception {
        TwoHostLab.Result r = lab.ctl(hosts[host], "exec", NAME, "--timeout", "120", "--", "/bin/sh", "-c", script);
        assertEquals(0, r.exit(), () -> script + ": " + r.out() + r.err());
        return r.out().strip();
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

    TwoHostLab.Result uncheckedCtl(String host, String... args) {
        try {
            return lab.ctl(host, args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertOk(TwoHostLab.Result r) {
        assertOk(r, () -> "corralctl");
    }

    static void assertOk(TwoHostLab.Result r, Supplier<String> what) {
        assertEquals(0, r.exit(), () -> what.get() + ": " + r.err() + r.out());
    }
}
