package dev.corral.lab;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.cli.AgentSession;
import dev.corral.cli.CliException;
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
 * Checkpoints and live migration between two real agents of a lab (own CORRAL_LAB_* names), driven
 * by corralctl as an operator would: a busybox container with a counter and a TCP echo server, a
 * client on the LAN holding one connection open through every migration and every failed one.
 * Faults are injected through the agents' test hooks ({@code -Dcorral.testHooks=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationLabTest {

    final TwoHostLab lab = TwoHostLab.random("m", "corral-mig-test-", "crmt");
    String ip;
    LanEchoClient client;

    @BeforeAll
    void up() throws Exception {
        lab.up();
        ip = lab.net + ".50";
        for (String h : List.of(lab.h1, lab.h2)) {
            lab.ctlOk(h, "template", "build", "busybox");
        }
    }

    @AfterAll
    void down() throws Exception {
        lab.down();
    }

    // ---- checkpoint / restore through corralctl ----

    /**
     * A destination whose firewall lets only SSH in (its page port rejected): the memory goes
     * through the migration's SSH connection instead, and the migration succeeds.
     */
    @Test
    @Order(0)
    void memoryGoesThroughSshWhenOnlySshReachesTheDestination() throws Exception {
        String name = "fw";
        lab.ctlOk(lab.h1, "create", name, "--template", "busybox", "--ip", lab.net + ".62");
        lab.writeWorkload(1, name);
        lab.ctlOk(lab.h1, "start", name);
        assertTrue(lab.waitCounterAbove(1, name, 0), "the workload runs");
        String h2Address = lab.h2.substring(0, lab.h2.indexOf(':'));
        List<String> rule = List.of("INPUT", "-p", "tcp", "-d", h2Address, "!", "--dport", "2222",
                "-j", "REJECT", "--reject-with", "tcp-reset");
        firewall("-I", rule);
        try {
            long count = lab.counter(1, name);
            TwoHostLab.Result r = lab.ctl(lab.h1, "migrate", name, "--to", lab.h2);
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(lab.waitCounterAbove(2, name, count), "the counter continues on host 2");
        } finally {
            firewall("-D", rule);
        }
        String log = Files.readString(lab.dir.resolve("h1.log"));
        assertTrue(log.contains("migration of " + name + ": dumped in") && log.contains("memory sent through the SSH connection"),
                "host 1's agent says how the memory went");
        lab.ctlOk(lab.h2, "stop", name);
        lab.ctlOk(lab.h2, "destroy", name);
    }

    /** iptables in host 2's network namespace. */
    void firewall(String op, List<String> rule) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("nsenter", "--net=/run/netns/corral-" + lab.name + "-h2",
                "--", "iptables", "-w", op));
        argv.addAll(rule);
        TwoHostLab.Result r = lab.run(argv);
        assertEquals(0, r.exit(), "iptables " + argv + ": " + r.err());
    }

    @Test
    @Order(1)
    void checkpointDownloadedRestoresOnAnotherHost() throws Exception {
        String name = "cp";
        lab.ctlOk(lab.h1, "create", name, "--template", "busybox", "--ip", lab.net + ".60");
        lab.writeWorkload(1, name);
        lab.ctlOk(lab.h1, "start", name);
        JsonObject facts = json(lab.ctlOk(lab.h1, "--json", "info")).getAsJsonObject("facts");
        assertTrue(facts.get("criuCheck") == null || facts.get("criuCheck").isJsonNull(), "criu works: " + facts);
        assertTrue(facts.get("lazyPages").getAsBoolean(), "lazy pages here: " + facts);
        assertFalse(facts.get("preDump").getAsBoolean(), "no soft-dirty on this kernel: " + facts);

        JsonObject kept = json(lab.ctlOk(lab.h1, "--json", "checkpoint", name, "--leave-running"));
        assertEquals("running", json(lab.ctlOk(lab.h1, "--json", "status", name)).get("state").getAsString());
        Path file = lab.dir.resolve("cp.tar");
        JsonObject c = json(lab.ctlOk(lab.h1, "--json", "checkpoint", name, "--output", file.toString()));
        assertEquals(c.get("sizeBytes").getAsLong(), Files.size(file));
        assertEquals("stopped", json(lab.ctlOk(lab.h1, "--json", "status", name)).get("state").getAsString());
        JsonArray list = json(lab.ctlOk(lab.h1, "--json", "checkpoints", name)).getAsJsonArray("checkpoints");
        assertEquals(2, list.size());
        lab.ctlOk(lab.h1, "checkpoint", name, "--delete", kept.get("id").getAsString());
        lab.ctlOk(lab.h1, "destroy", name);

        JsonObject restored = json(lab.ctlOk(lab.h2, "--json", "restore", name, "--from", file.toString()));
        assertEquals("running", restored.get("state").getAsString());
        assertEquals(lab.net + ".60", restored.get("ipAddress").getAsString());
        long n = lab.counter(2, name);
        assertTrue(n > 0, "the counter came along");
        assertTrue(lab.waitCounterAbove(2, name, n), "and goes on on host 2");
        lab.ctlOk(lab.h2, "stop", name, "--force");
        lab.ctlOk(lab.h2, "destroy", name);
    }

    // ---- live migration ----

    /**
     * A larger upper layer travels while the container runs; the frozen transfer carries only what
     * changed since: files a workload appends to and removes right up to the freeze arrive (no gap,
     * nothing stale left), as do a template file's whiteout and a directory made over a deleted one
     * (opaque).
     */
    @Test
    @Order(0)
    void upperLayerCopiedWhileRunningAndOnlyItsChangesFrozen() throws Exception {
        String name = "big";
        lab.ctlOk(lab.h1, "create", name, "--template", "busybox", "--ip", lab.net + ".61");
        lab.writeWorkload(1, name, "(mkdir -p /data; i=0; while true; do i=$((i+1)); echo $i >> /data/log;"
                + " touch /data/tmp-$i; rm -f /data/tmp-$((i-1)); usleep 20000; done) </dev/null >/dev/null 2>&1 &");
        lab.ctlOk(lab.h1, "start", name);
        lab.ctlOk(lab.h1, "exec", name, "--", "sh", "-c", "head -c 8000000 /dev/urandom > /big && rm /usr/bin/wc"
                + " && rm -rf /usr/sbin && mkdir /usr/sbin && echo x > /usr/sbin/only");
        String sum = lab.ctlOk(lab.h1, "exec", name, "--", "sha256sum", "/big").strip();

        TwoHostLab.Result r = lab.ctl(lab.h1, "migrate", name, "--to", lab.h2);
        assertEquals(0, r.exit(), r.out() + r.err());
        System.out.println("migration of a larger upper layer h1 -> h2: " + r.out());
        assertTrue(r.out().contains("copying the upper layer while " + name + " runs ("), r.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("the upper layer's changes \\((\\d+) bytes\\)").matcher(r.out());
        assertTrue(m.find(), "the frozen transfer says what the delta took: " + r.out());
        assertTrue(Long.parseLong(m.group(1)) < 1_000_000, "only the changes travel frozen, not the 8 MB file: " + r.out());

        assertEquals(sum, lab.ctlOk(lab.h2, "exec", name, "--", "sha256sum", "/big").strip());
        assertEquals("only", lab.ctlOk(lab.h2, "exec", name, "--", "ls", "/usr/sbin").strip(), "the opaque directory hides the template's");
        assertEquals("gone", lab.ctlOk(lab.h2, "exec", name, "--", "sh", "-c", "[ -e /usr/bin/wc ] || echo gone").strip(), "whiteout");
        lab.ctlOk(lab.h2, "stop", name, "--force");
        Path data = lab.dir.resolve("h2/containers/" + name + "/upper/data");
        List<String> log = Files.readAllLines(data.resolve("log"));
        for (int i = 0; i < log.size(); i++) {
            assertEquals(Integer.toString(i + 1), log.get(i), "what was appended up to the freeze arrived, line " + (i + 1));
        }
        try (Stream<Path> s = Files.list(data)) {
            List<String> stale = s.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("tmp-"))
                    .filter(f -> Integer.parseInt(f.substring(4)) < log.size() - 1).toList();
            assertEquals(List.of(), stale, "files removed after the copy are removed there too");
        }
        lab.ctlOk(lab.h2, "destroy", name);
        for (String h : List.of("h1", "h2")) {
            Path incoming = lab.dir.resolve(h + "/incoming");
            if (Files.isDirectory(incoming)) {
                try (Stream<Path> s = Files.list(incoming)) {
                    assertEquals(List.of(), s.toList(), "nothing left in " + incoming);
                }
            }
        }
    }

    @Test
    @Order(2)
    void migrationKeepsTcpConnectionCounterAddressAndMac() throws Exception {
        lab.ctlOk(lab.h1, "create", "web", "--template", "busybox", "--ip", ip);
        lab.writeWorkload(1, "web");
        JsonObject before = json(lab.ctlOk(lab.h1, "--json", "start", "web"));
        before = json(lab.ctlOk(lab.h1, "--json", "status", "web"));
        assertTrue(lab.waitCounterAbove(1, "web", 0), "the workload runs");
        client = lab.echoClient(ip, 7000);
        assertEquals("hello-1", client.echo("hello-1"));
        long count = lab.counter(1, "web");

        BlockingQueue<String> h2States = new LinkedBlockingQueue<>();
        try (AgentSession watcher = subscribe(lab.h2, h2States)) {
            TwoHostLab.Result r = lab.ctl(lab.h1, "migrate", "web", "--to", lab.h2);
            assertEquals(0, r.exit(), r.out() + r.err());
            System.out.println("migration h1 -> h2: " + r.out());

            // the destination announces the arrival itself: no status call has read it there yet
            JsonArray listed = JsonParser.parseString(lab.ctlOk(lab.h2, "--json", "list")).getAsJsonArray();
            assertTrue(listed.asList().stream().anyMatch(c -> c.getAsJsonObject().get("name").getAsString().equals("web")),
                    "web listed on host 2 at once: " + listed);
            assertEquals("web running", h2States.poll(10, TimeUnit.SECONDS), "a subscriber on host 2 heard of it");
        }

        JsonObject after = json(lab.ctlOk(lab.h2, "--json", "status", "web"));
        assertEquals("running", after.get("state").getAsString());
        assertEquals(before.get("ipAddress"), after.get("ipAddress"));
        assertEquals(before.get("macAddress"), after.get("macAddress"));
        assertEquals(before.get("uuid"), after.get("uuid"));
        assertEquals("hello-2", client.echo("hello-2"), "the same TCP connection works after the move");
        assertTrue(lab.waitCounterAbove(2, "web", count), "the counter continues on host 2");
        assertOnlyOn(2);
    }

    // ---- faults: each leaves the container running on host 2 and nothing on host 1 ----

    @Test
    @Order(3)
    void cancelledMigrationKeepsRunningOnSource() throws Exception {
        TwoHostLab.Result r = lab.cancelledInTransfer(2, "migrate", "web", "--to", lab.h1);
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("cancelled"), r.out());
        assertSurvived("cancel");
    }

    @Test
    @Order(4)
    void droppedConnectionKeepsRunningOnSource() throws Exception {
        TwoHostLab.Result r = lab.ctlWithHook(2, "drop-transfer", "", lab.h2, "migrate", "web", "--to", lab.h1);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("failed in phase transfer"), r.out());
        assertSurvived("drop");
    }

    @Test
    @Order(5)
    void failingRestoreOnDestinationKeepsRunningOnSource() throws Exception {
        Path fake = lab.failingRestoreCriu();
        TwoHostLab.Result r = lab.ctlWithHook(1, "restore-criu", fake.toString(), lab.h2, "migrate", "web", "--to", lab.h1);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("failed in phase restore"), r.out());
        assertSurvived("restore failure");
    }

    @Test
    @Order(6)
    void fullDiskOnDestinationKeepsRunningOnSource() throws Exception {
        Path incoming = lab.dir.resolve("h1/incoming");
        Files.createDirectories(incoming);
        lab.run(List.of("mount", "-t", "tmpfs", "-o", "size=64k", "corral-test-full", incoming.toString()));
        try {
            TwoHostLab.Result r = lab.ctl(lab.h2, "migrate", "web", "--to", lab.h1);
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("No space left"), r.out());
        } finally {
            lab.run(List.of("umount", incoming.toString()));
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
        lab.hook(1, "drop-after-commit", "");
        try {
            TwoHostLab.Result r = lab.ctl(lab.h2, "migrate", "web", "--to", lab.h1);
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("the destination confirmed it on a new connection"), r.out());
            assertFalse(Files.exists(lab.hookFile(1, "drop-after-commit")), "the hook fired once");
        } finally {
            Files.deleteIfExists(lab.hookFile(1, "drop-after-commit"));
        }
        JsonObject s = json(lab.ctlOk(lab.h1, "--json", "status", "web"));
        assertEquals("running", s.get("state").getAsString(), "runs on the destination");
        assertEquals(ip, s.get("ipAddress").getAsString());
        TwoHostLab.Result gone = lab.ctl(lab.h2, "status", "web");
        assertEquals(3, gone.exit(), "not found on the source: " + gone.out() + gone.err());
        assertEquals("after-lost-answer", client.echo("after-lost-answer"), "the client's connection survived");
        assertTrue(lab.waitCounterAbove(1, "web", lab.counter(1, "web")), "the counter goes on on host 1");
        assertOnlyOn(1);
        assertTrue(lab.noTaskRunning(lab.h2), "no task left running");
    }

    /**
     * Every answer to the commit is lost, also on new connections for longer than the quick
     * retries: the source cannot know whether the destination keeps it, so its copy stays frozen
     * (never running on two hosts, never lost) and it keeps asking. Once the destination answers
     * again, the source learns it kept the container and removes its own copy.
     */
    @Test
    @Order(8)
    void commitOutcomeUnknownKeepsTheSourceFrozenUntilTheDestinationAnswers() throws Exception {
        lab.hook(2, "drop-after-commit", "always");
        TwoHostLab.Result r;
        try {
            r = lab.whenPrinted(1, "outcome unknown", () -> {
                assertFalse(lab.noTaskRunning(lab.h1), "the migration goes on asking");
                assertEquals("running", json(lab.ctlOk(lab.h2, "--json", "status", "web")).get("state").getAsString(),
                        "the destination runs it");
                // the destination answers again
                Files.delete(lab.hookFile(2, "drop-after-commit"));
            }, "migrate", "web", "--to", lab.h2);
        } finally {
            Files.deleteIfExists(lab.hookFile(2, "drop-after-commit"));
        }
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("the destination confirmed it after"), r.out());
        assertTrue(lab.noTaskRunning(lab.h1), "the source's task ended");
        assertSurvived("unknown outcome resolved");
    }

    @Test
    @Order(9)
    void destinationAgentKilledMidTransferKeepsRunningOnSource() throws Exception {
        TwoHostLab.Result r = lab.heldInTransfer(2, () -> lab.run(List.of("kill", "-9", Long.toString(lab.h1Pid))),
                "migrate", "web", "--to", lab.h1);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("failed in phase transfer"), r.out());
        assertSurvived("destination killed");
    }

    // ---- helpers ----

    void assertSurvived(String what) throws Exception {
        JsonObject s = json(lab.ctlOk(lab.h2, "--json", "status", "web"));
        assertEquals("running", s.get("state").getAsString(), what + ": runs on the source");
        assertEquals(ip, s.get("ipAddress").getAsString());
        String line = "after-" + what.replace(' ', '-');
        assertEquals(line, client.echo(line), what + ": the client's connection survived");
        assertTrue(lab.waitCounterAbove(2, "web", lab.counter(2, "web")), what + ": the counter goes on");
        assertOnlyOn(2);
        assertTrue(lab.noTaskRunning(lab.h2), what + ": no task left running");
    }

    void assertOnlyOn(int host) throws IOException {
        int other = host == 1 ? 2 : 1;
        assertFalse(Files.exists(lab.dir.resolve("h" + other + "/containers/web")), "no copy on host " + other);
        Path incoming = lab.dir.resolve("h" + other + "/incoming");
        if (Files.isDirectory(incoming) && other == 1 && h1Alive()) {
            try (Stream<Path> s = Files.list(incoming)) {
                assertEquals(List.of(), s.toList(), "no upload left on host " + other);
            }
        }
        assertTrue(Files.exists(lab.dir.resolve("h" + host + "/containers/web/corral.json")));
    }

    /**
     * Whether host 1's agent still runs. A killed agent nobody reaps stays a zombie, which
     * ProcessHandle calls alive; its unfinished upload is only cleared at its next start.
     */
    boolean h1Alive() {
        try {
            String stat = Files.readString(Path.of("/proc/" + lab.h1Pid + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A session on {@code host} subscribed to events, putting "NAME STATE" of every container state event in {@code states}. */
    AgentSession subscribe(String host, BlockingQueue<String> states) throws CliException {
        AgentSession s = lab.session(host);
        s.onNotification(n -> {
            if (Methods.EVENT_CONTAINER_STATE.equals(n.method())) {
                JsonObject e = n.params().getAsJsonObject();
                states.add(e.get("name").getAsString() + " " + e.get("state").getAsString());
            }
        });
        s.call(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(0), SubscribeResult.class);
        return s;
    }
}
