package dev.corral.lab;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.corral.cli.AgentSession;
import dev.corral.cli.CliException;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.corral.lab.TwoHostLab.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Restart migration (stop, copy the files, start there) between two real agents of a lab of its
 * own (random CORRAL_LAB_* names), driven by corralctl: no CRIU involved, the container keeps its
 * uuid, MAC, address and files, and its processes start afresh there. While it is being migrated
 * the source refuses changes to it; a cancel or a refused precheck leaves it running on the source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartMigrationLabTest {

    final TwoHostLab lab = TwoHostLab.random("m", "corral-mig-test-", "crmt");
    String h1;
    String h2;
    String ip;

    @BeforeAll
    void up() throws Exception {
        lab.up();
        h1 = lab.h1;
        h2 = lab.h2;
        ip = lab.net + ".50";
        for (String h : List.of(h1, h2)) {
            lab.ctlOk(h, "template", "build", "busybox");
        }
    }

    @AfterAll
    void down() throws Exception {
        lab.down();
    }

    @Test
    @Order(1)
    void aRunningContainerRestartsOnTheDestinationWithItsIdentityAndFiles() throws Exception {
        lab.ctlOk(h1, "create", "web", "--template", "busybox", "--ip", ip);
        lab.writeWorkload(1, "web");
        Path note = lab.dir.resolve("h1/containers/web/upper/srv/note");
        Files.createDirectories(note.getParent());
        Files.writeString(note, "made on host 1\n");
        lab.ctlOk(h1, "start", "web");
        JsonObject before = json(lab.ctlOk(h1, "--json", "status", "web"));
        assertTrue(lab.waitCounterAbove(1, "web", 0), "the workload runs");

        TwoHostLab.Result r = lab.ctl(h1, "migrate", "web", "--to", h2, "--restart");
        assertEquals(0, r.exit(), r.out() + r.err());
        System.out.println("restart migration h1 -> h2: " + r.out());
        assertTrue(r.out().contains("[10%] stop: stopping web through its init"), r.out());
        assertTrue(r.out().contains("restarted there; not running for"), r.out());

        JsonObject after = json(lab.ctlOk(h2, "--json", "status", "web"));
        assertEquals("running", after.get("state").getAsString());
        for (String field : List.of("uuid", "ipAddress", "macAddress")) {
            assertEquals(before.get(field), after.get(field), field);
        }
        assertEquals("made on host 1\n", Files.readString(lab.dir.resolve("h2/containers/web/upper/srv/note")));
        assertTrue(lab.waitCounterAbove(2, "web", 0), "the workload started again on host 2");
        assertFalse(Files.exists(lab.dir.resolve("h1/containers/web")), "nothing left on host 1");
        assertEquals(List.of(), entries(lab.dir.resolve("h1/outgoing")), "no packed file left on host 1");

        JsonObject task = lastTask(h1);
        assertEquals("migrate-restart", task.get("kind").getAsString());
        assertEquals("succeeded", task.get("state").getAsString());
        JsonObject down = task.getAsJsonObject("frozenMillis");
        for (String phase : List.of("stop", "pack", "transfer", "start")) {
            assertTrue(down.has(phase), "downtime of " + phase + " reported: " + down);
        }
    }

    @Test
    @Order(2)
    void aStoppedContainerMovesStopped() throws Exception {
        lab.ctlOk(h2, "create", "cold", "--template", "busybox", "--ip", lab.net + ".61");
        TwoHostLab.Result r = lab.ctl(h2, "migrate", "cold", "--to", h1, "--restart");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("stopped as it was"), r.out());
        assertEquals("stopped", json(lab.ctlOk(h1, "--json", "status", "cold")).get("state").getAsString());
        assertFalse(Files.exists(lab.dir.resolve("h2/containers/cold")));
        lab.ctlOk(h1, "start", "cold");
        lab.ctlOk(h1, "stop", "cold", "--force");
        lab.ctlOk(h1, "destroy", "cold");
    }

    @Test
    @Order(3)
    void whileMigratingTheSourceRefusesChangesAndACancelStartsItHereAgain() throws Exception {
        TwoHostLab.Result r = lab.heldInTransfer(2, () -> {
            String taskId = lab.runningTask(h2).get("id").getAsString();
            String held = "being migrated away by task " + taskId;
            for (List<String> call : List.of(List.of("stop", "web"), List.of("migrate", "web", "--to", h1, "--restart"))) {
                TwoHostLab.Result refused = lab.ctl(h2, call.toArray(String[]::new));
                assertEquals(4, refused.exit(), call + ": " + refused.out() + refused.err());
                assertTrue(refused.err().contains(held), call + ": " + refused.err());
            }
            // the rest on one session: a corralctl run per call would cost seconds each
            try (AgentSession s = lab.session(h2)) {
                for (String method : List.of(Methods.CONTAINER_START, Methods.CONTAINER_DESTROY, Methods.CONTAINER_RESTART,
                        Methods.CONTAINER_SET, Methods.CONTAINER_EXEC, Methods.CONTAINER_CHECKPOINT, Methods.CONTAINER_RESTORE,
                        Methods.CHECKPOINT_DELETE)) {
                    CliException e = assertThrows(CliException.class, () -> s.call(method, new NameParams("web"), Object.class));
                    assertEquals(4, e.exitCode(), method + ": " + e.getMessage());
                    assertTrue(e.getMessage().contains(held), method + ": " + e.getMessage());
                }
                assertEquals("stopped", s.call(Methods.CONTAINER_STATUS, new NameParams("web"), JsonObject.class)
                        .get("state").getAsString(), "reads go on");
            }
            lab.ctlOk(h2, "task", "cancel", taskId);
        }, "migrate", "web", "--to", h1, "--restart");
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("cancelled in phase transfer") && r.out().contains("it runs here again"), r.out());
        assertRunsOnlyOnHost2("cancel");
    }

    @Test
    @Order(4)
    void aDroppedConnectionStartsItHereAgain() throws Exception {
        TwoHostLab.Result r = lab.ctlWithHook(2, "drop-transfer", "", h2, "migrate", "web", "--to", h1, "--restart");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("failed in phase transfer") && r.out().contains("it runs here again"), r.out());
        assertRunsOnlyOnHost2("drop");
    }

    @Test
    @Order(5)
    void aFullDiskOnTheDestinationLeavesItRunningHere() throws Exception {
        // Bigger than the tmpfs below, so the upload cannot fit: its copy while it runs fails, before the stop.
        Path big = lab.dir.resolve("h2/containers/web/upper/srv/big");
        Files.write(big, new byte[256 << 10]);
        Path incoming = lab.dir.resolve("h1/incoming");
        Files.createDirectories(incoming);
        lab.run(List.of("mount", "-t", "tmpfs", "-o", "size=64k", "corral-test-full", incoming.toString()));
        try {
            TwoHostLab.Result r = lab.ctl(h2, "migrate", "web", "--to", h1, "--restart");
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("No space left") && r.out().contains("it was not stopped and is here as before"), r.out());
        } finally {
            lab.run(List.of("umount", incoming.toString()));
            Files.delete(big);
        }
        assertRunsOnlyOnHost2("full disk");
    }

    @Test
    @Order(6)
    void aFailedStartOnTheDestinationDiscardsItThereAndStartsItHereAgain() throws Exception {
        TwoHostLab.Result r = lab.ctlWithHook(1, "fail-start", "", h2, "migrate", "web", "--to", h1, "--restart");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("failed in phase start") && r.out().contains("injected failure")
                && r.out().contains("it runs here again"), r.out());
        assertRunsOnlyOnHost2("failed start");
    }

    @Test
    @Order(7)
    void aRefusedPrecheckLeavesItRunning() throws Exception {
        JsonObject kept = json(lab.ctlOk(h2, "--json", "checkpoint", "web", "--leave-running"));
        TwoHostLab.Result withCheckpoint = lab.ctl(h2, "migrate", "web", "--to", h1, "--restart");
        assertEquals(4, withCheckpoint.exit(), withCheckpoint.out() + withCheckpoint.err());
        assertTrue(withCheckpoint.err().contains("which a restart migration does not carry"), withCheckpoint.err());
        lab.ctlOk(h2, "checkpoint", "web", "--delete", kept.get("id").getAsString());

        lab.ctlOk(h1, "create", "web", "--template", "busybox", "--ip", lab.net + ".62");
        try {
            TwoHostLab.Result r = lab.ctl(h2, "migrate", "web", "--to", h1, "--restart");
            assertNotEquals(0, r.exit(), r.out() + r.err());
            assertTrue((r.out() + r.err()).contains("a container web exists here already"), r.out() + r.err());
        } finally {
            lab.ctlOk(h1, "destroy", "web");
        }
        assertRunsOnlyOnHost2("refused precheck");
    }

    @Test
    @Order(8)
    void whileStoppedOnlyWhatChangedInTheLayerTravels() throws Exception {
        lab.ctlOk(h1, "create", "bulky", "--template", "busybox", "--ip", lab.net + ".70");
        // its shutdown changes the layer after the copy made while it ran, right before it is stopped
        lab.writeWorkload(1, "bulky");
        Path upper = lab.dir.resolve("h1/containers/bulky/upper");
        Path last = upper.resolve("etc/init.d/S90last");
        Files.writeString(last, """
                #!/bin/sh
                [ "$1" = stop ] || exit 0
                echo "changed at its stop" >> /srv/changed
                rm -f /srv/gone /bin/vi
                rm -rf /srv/dir && mkdir /srv/dir && echo late > /srv/dir/late
                exit 0
                """);
        last.toFile().setExecutable(true, false);
        byte[] big = new byte[48 << 20];
        new java.util.Random(7).nextBytes(big);
        Files.createDirectories(upper.resolve("srv/dir"));
        Files.write(upper.resolve("srv/big"), big);
        Files.writeString(upper.resolve("srv/changed"), "before\n");
        Files.writeString(upper.resolve("srv/gone"), "soon removed\n");
        Files.writeString(upper.resolve("srv/dir/early"), "removed with its directory\n");
        lab.ctlOk(h1, "start", "bulky");
        assertTrue(lab.waitCounterAbove(1, "bulky", 0), "the workload runs");

        TwoHostLab.Result r = lab.ctl(h1, "migrate", "bulky", "--to", h2, "--restart");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonObject task = lastTask(h1);
        System.out.println("restart migration with a 48 MiB layer: " + r.out() + "\nstopped (ms per phase): "
                + task.getAsJsonObject("frozenMillis"));
        assertTrue(r.out().contains("copying the upper layer while bulky runs"), r.out());
        long delta = number(r.out(), "sent the upper layer's changes \\((\\d+) bytes\\)");
        long whileStopped = number(r.out(), "(\\d+) bytes sent meanwhile");
        assertTrue(delta < (1 << 20) && whileStopped < (1 << 20),
                "only the changes travel while it is stopped, not the 48 MiB file: " + r.out());

        Path there = lab.dir.resolve("h2/containers/bulky/upper");
        assertTrue(java.util.Arrays.equals(big, Files.readAllBytes(there.resolve("srv/big"))), "the big file arrived whole");
        assertEquals("before\nchanged at its stop\n", Files.readString(there.resolve("srv/changed")));
        assertFalse(Files.exists(there.resolve("srv/gone")), "removed at its stop, removed there");
        assertEquals(List.of(there.resolve("srv/dir/late")), entries(there.resolve("srv/dir")), "the directory made anew");
        assertEquals("late\n", Files.readString(there.resolve("srv/dir/late")));
        Path whiteout = there.resolve("bin/vi");
        assertTrue(Files.exists(whiteout, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(whiteout) && !Files.isRegularFile(whiteout), "the template's file stays hidden there");
        assertEquals("running", json(lab.ctlOk(h2, "--json", "status", "bulky")).get("state").getAsString());
        assertTrue(lab.waitCounterAbove(2, "bulky", 0), "the workload started again on host 2");
        assertFalse(Files.exists(lab.dir.resolve("h1/containers/bulky")), "nothing left on host 1");
        assertEquals(List.of(), entries(lab.dir.resolve("h1/outgoing")), "no packed file or snapshot left on host 1");
        assertEquals(List.of(), entries(lab.dir.resolve("h2/incoming")), "no upload left on host 2");
        lab.ctlOk(h2, "stop", "bulky", "--force");
        lab.ctlOk(h2, "destroy", "bulky");
    }

    @Test
    @Order(9)
    void aSparseFileArrivesSparse() throws Exception {
        lab.ctlOk(h1, "create", "sparse", "--template", "busybox", "--ip", lab.net + ".71");
        Path image = lab.dir.resolve("h1/containers/sparse/upper/srv/disk.img");
        Files.createDirectories(image.getParent());
        byte[] block = new byte[4096];
        new java.util.Random(3).nextBytes(block);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(image.toFile(), "rw")) {
            f.setLength(1L << 30);
            for (long at : new long[] {0, 300L << 20, (1L << 30) - block.length}) {
                f.seek(at);
                f.write(block);
            }
        }
        String sum = sha256(image);
        TwoHostLab.Result r = lab.ctl(h1, "migrate", "sparse", "--to", h2, "--restart");
        assertEquals(0, r.exit(), r.out() + r.err());
        Path there = lab.dir.resolve("h2/containers/sparse/upper/srv/disk.img");
        assertEquals(1L << 30, Files.size(there));
        long blocks = Long.parseLong(lab.run(List.of("stat", "-c", "%b", there.toString())).out().strip());
        assertTrue(blocks * 512 < (1 << 20), "1 GiB with 12 KiB written takes " + blocks * 512 + " bytes there");
        assertEquals(sum, sha256(there), "the same content there");
        assertFalse(Files.exists(image), "moved away from host 1");
        lab.ctlOk(h2, "destroy", "sparse");
    }

    String sha256(Path file) throws Exception {
        TwoHostLab.Result r = lab.run(List.of("sha256sum", file.toString()));
        assertEquals(0, r.exit(), r.err());
        return r.out().split(" ")[0];
    }

    static long number(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in: " + text);
        return Long.parseLong(m.group(1));
    }

    void assertRunsOnlyOnHost2(String what) throws Exception {
        assertEquals("running", json(lab.ctlOk(h2, "--json", "status", "web")).get("state").getAsString(),
                what + ": runs on host 2");
        assertTrue(lab.waitCounterAbove(2, "web", lab.counter(2, "web")), what + ": the workload runs");
        assertFalse(Files.exists(lab.dir.resolve("h1/containers/web")), what + ": no copy on host 1");
        // An upload the source cut off ends on the destination when its channel closes, after the
        // source's task has ended: its clean-up is polled for, with a deadline.
        assertEquals(List.of(), entriesSettled(lab.dir.resolve("h1/incoming")), what + ": no upload left on host 1");
        assertEquals(List.of(), entries(lab.dir.resolve("h2/outgoing")), what + ": no packed file left on host 2");
        assertTrue(lab.noTaskRunning(h2), what + ": no task left running");
    }

    JsonObject lastTask(String host) throws Exception {
        JsonArray tasks = lab.tasks(host);
        return tasks.get(tasks.size() - 1).getAsJsonObject();
    }

    /** The entries of {@code dir} once it is empty, or as they are after 10 s. */
    static List<Path> entriesSettled(Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<Path> e = entries(dir);
        while (!e.isEmpty() && System.nanoTime() < deadline) {
            try (var watch = dir.getFileSystem().newWatchService()) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_DELETE);
                e = entries(dir);
                if (!e.isEmpty()) {
                    watch.poll(200, TimeUnit.MILLISECONDS);
                }
            }
            e = entries(dir);
        }
        return e;
    }

    static List<Path> entries(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
