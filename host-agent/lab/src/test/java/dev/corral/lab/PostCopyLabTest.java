package dev.corral.lab;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.corral.lab.TwoHostLab.json;
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

    static final String NAME = "pc";
    /** The memory the workload holds (and checks): large enough that its transfer takes a while. */
    static final int MEMORY = 64 << 20;

    final TwoHostLab lab = TwoHostLab.random("p", "corral-pc-test-", "crpc");
    String ip;
    LanEchoClient client;

    @BeforeAll
    void up() throws Exception {
        lab.up();
        ip = lab.net + ".70";
        for (String h : List.of(lab.h1, lab.h2)) {
            lab.ctlOk(h, "template", "build", "busybox");
            assertTrue(json(lab.ctlOk(h, "--json", "info")).getAsJsonObject("facts").get("lazyPages").getAsBoolean(),
                    "lazy pages on " + h);
        }
        lab.ctlOk(lab.h1, "create", NAME, "--template", "busybox", "--ip", ip);
        // and a holder of MEMORY bytes, counting every second the length it still has
        lab.writeWorkload(1, NAME, "(x=$(head -c " + MEMORY + " /dev/zero | tr '\\0' m); n=0; while true; do n=$((n+1));"
                + " echo \"$n ${#x}\" > /tmp/memory.new; mv /tmp/memory.new /tmp/memory; sleep 1; done) </dev/null >/dev/null 2>&1 &");
        lab.ctlOk(lab.h1, "start", NAME);
        assertTrue(waitFileAbove(1, "counter", 0), "the workload runs");
        assertTrue(waitFileAbove(1, "memory", 0), "the memory holder runs");
        client = lab.echoClient(ip, 7000);
        assertEquals("hello-1", client.echo("hello-1"));
    }

    @AfterAll
    void down() throws Exception {
        lab.down();
    }

    @Test
    @Order(1)
    void postCopyMigrationKeepsConnectionCounterMemoryAddressAndMac() throws Exception {
        JsonObject before = json(lab.ctlOk(lab.h1, "--json", "status", NAME));
        long count = value(1, "counter");

        TwoHostLab.Result r = lab.ctl(lab.h1, "migrate", NAME, "--to", lab.h2, "--post-copy");
        assertEquals(0, r.exit(), r.out() + r.err());
        System.out.println("post-copy migration h1 -> h2:\n" + r.out());
        for (String phase : List.of("precheck", "dump", "transfer", "restore", "pages", "cleanup")) {
            assertTrue(r.out().contains("] " + phase + ": "), "phase " + phase + " reported: " + r.out());
        }
        String frozen = r.out().substring(r.out().lastIndexOf("frozen per phase"));
        assertTrue(frozen.contains("dump=") && frozen.contains("transfer=") && frozen.contains("restore="), frozen);
        assertFalse(frozen.contains("pages="), "the memory moves while it runs: not frozen time: " + frozen);

        JsonObject after = json(lab.ctlOk(lab.h2, "--json", "status", NAME));
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
        TwoHostLab.Result r = lab.cancelledInTransfer(2, "migrate", NAME, "--to", lab.h1, "--post-copy");
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("cancelled in phase transfer"), r.out());
        assertSurvived("cancel");
    }

    @Test
    @Order(3)
    void failingLazyRestoreKeepsRunningOnSource() throws Exception {
        Path fake = lab.failingRestoreCriu();
        TwoHostLab.Result r = lab.ctlWithHook(1, "restore-criu", fake.toString(), lab.h2, "migrate", NAME, "--to", lab.h1, "--post-copy");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("failed in phase restore"), r.out());
        assertSurvived("restore failure");
    }

    @Test
    @Order(4)
    void connectionDroppedWhileMemoryMovesKeepsRunningOnSource() throws Exception {
        TwoHostLab.Result r = lab.ctlWithHook(2, "drop-pages", "", lab.h2, "migrate", NAME, "--to", lab.h1, "--post-copy");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("failed in phase pages"), r.out());
        assertTrue(r.out().contains("runs here again from its frozen copy"), r.out());
        // The destination learns of it from the session's end and its lazy-pages daemon failing.
        assertTrue(poll(() -> !Files.exists(lab.dir.resolve("h1/containers/" + NAME))), "the destination removed its copy");
        assertSurvived("dropped connection");
        assertEquals(MEMORY, memoryChecked(2), "its memory is whole on the source");
    }

    // ---- helpers ----

    void assertSurvived(String what) throws Exception {
        JsonObject s = json(lab.ctlOk(lab.h2, "--json", "status", NAME));
        assertEquals("running", s.get("state").getAsString(), what + ": runs on the source");
        assertEquals(ip, s.get("ipAddress").getAsString());
        String line = "after-" + what.replace(' ', '-');
        assertEquals(line, client.echo(line), what + ": the client's connection survived");
        assertTrue(waitFileAbove(2, "counter", value(2, "counter")), what + ": the counter goes on");
        assertOnlyOn(2);
        assertTrue(lab.noTaskRunning(lab.h2), what + ": no task left running");
    }

    void assertOnlyOn(int host) throws Exception {
        int other = host == 1 ? 2 : 1;
        assertTrue(poll(() -> !Files.exists(lab.dir.resolve("h" + other + "/containers/" + NAME))), "no copy on host " + other);
        Path incoming = lab.dir.resolve("h" + other + "/incoming");
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
        assertFalse(Files.exists(lab.dir.resolve("h" + other + "/migrations/" + NAME)), "no migration marker on host " + other);
        assertTrue(Files.exists(lab.dir.resolve("h" + host + "/containers/" + NAME + "/corral.json")));
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

    /** The first number in the container's /tmp/NAME file; -1 when absent. */
    long value(int host, String file) {
        try {
            String s = Files.readString(lab.dir.resolve("h" + host + "/containers/" + NAME + "/rootfs/tmp/" + file)).strip();
            return s.isEmpty() ? -1 : Long.parseLong(s.split(" ")[0]);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The length of the memory holder's string as it last counted it. */
    long memoryChecked(int host) throws IOException {
        String s = Files.readString(lab.dir.resolve("h" + host + "/containers/" + NAME + "/rootfs/tmp/memory")).strip();
        return Long.parseLong(s.split(" ")[1]);
    }

    boolean waitFileAbove(int host, String file, long n) throws Exception {
        // the counter moves every 100 ms, the memory holder every second
        return poll(() -> value(host, file) > n + ("counter".equals(file) ? 2 : 0));
    }

}
