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
import java.util.List;
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
    void aFullDiskOnTheDestinationStartsItHereAgain() throws Exception {
        // Bigger than the tmpfs below, so the upload cannot fit.
        Path big = lab.dir.resolve("h2/containers/web/upper/srv/big");
        Files.write(big, new byte[256 << 10]);
        Path incoming = lab.dir.resolve("h1/incoming");
        Files.createDirectories(incoming);
        lab.run(List.of("mount", "-t", "tmpfs", "-o", "size=64k", "corral-test-full", incoming.toString()));
        try {
            TwoHostLab.Result r = lab.ctl(h2, "migrate", "web", "--to", h1, "--restart");
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("No space left") && r.out().contains("it runs here again"), r.out());
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

    void assertRunsOnlyOnHost2(String what) throws Exception {
        assertEquals("running", json(lab.ctlOk(h2, "--json", "status", "web")).get("state").getAsString(),
                what + ": runs on host 2");
        assertTrue(lab.waitCounterAbove(2, "web", lab.counter(2, "web")), what + ": the workload runs");
        assertFalse(Files.exists(lab.dir.resolve("h1/containers/web")), what + ": no copy on host 1");
        assertEquals(List.of(), entries(lab.dir.resolve("h1/incoming")), what + ": no upload left on host 1");
        assertEquals(List.of(), entries(lab.dir.resolve("h2/outgoing")), what + ": no packed file left on host 2");
        assertTrue(lab.noTaskRunning(h2), what + ": no task left running");
    }

    JsonObject lastTask(String host) throws Exception {
        JsonArray tasks = lab.tasks(host);
        return tasks.get(tasks.size() - 1).getAsJsonObject();
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
