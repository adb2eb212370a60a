package dev.corral.lab;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.corral.lab.TwoHostLab.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The source agent of a live migration is killed (SIGKILL) while it asks the destination to
 * commit and the answers are lost: at its next start its frozen copy must neither thaw (the
 * destination runs the container: it would run twice) nor die (for all it knows, the destination
 * may not have it): it stays frozen and is reported until the operator, having looked on the
 * destination, says where it runs ({@code corralctl migrate NAME --resolve there}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceCrashLabTest {

    final TwoHostLab lab = TwoHostLab.random("k", "corral-src-crash-", "crsk");
    String ip;

    @BeforeAll
    void up() throws Exception {
        lab.up();
        ip = lab.net + ".60";
        for (String h : List.of(lab.h1, lab.h2)) {
            lab.ctlOk(h, "template", "build", "busybox");
        }
    }

    @AfterAll
    void down() throws Exception {
        lab.down();
    }

    @Test
    void sourceKilledWhileCommittingLeavesItFrozenUntilResolved() throws Exception {
        lab.ctlOk(lab.h1, "create", "web", "--template", "busybox", "--ip", ip);
        lab.writeWorkload(1, "web");
        lab.ctlOk(lab.h1, "start", "web");
        assertTrue(lab.waitCounterAbove(1, "web", 0), "the workload runs");
        LanEchoClient client = lab.echoClient(ip, 7000);
        assertEquals("hello", client.echo("hello"));

        lab.hook(2, "drop-after-commit", "always");
        TwoHostLab.Result r;
        try {
            r = lab.whenPrinted(1, "outcome unknown", () -> lab.labOk("crash", "1"), "migrate", "web", "--to", lab.h2);
        } finally {
            Files.deleteIfExists(lab.hookFile(2, "drop-after-commit"));
        }
        assertEquals(5, r.exit(), "corralctl notices its source agent is gone: " + r.out() + r.err());
        assertTrue(r.err().contains("lost the connection to the source agent"), r.err());

        // the restarted source leaves its copy frozen and says so (logged before it listens)
        String log = Files.readString(lab.dir.resolve("h1.log"));
        assertTrue(log.contains("container web: MIGRATION UNRESOLVED"), "the start reports it");
        assertEquals("FROZEN", freezerState(1, "web"), "not thawed: the destination runs it");
        assertEquals("running", json(lab.ctlOk(lab.h2, "--json", "status", "web")).get("state").getAsString(),
                "the destination committed and runs it");
        assertEquals("after-crash", client.echo("after-crash"), "the destination's copy answers the client");

        // until then nothing else touches it: it may run on the destination
        for (String[] change : List.of(new String[] {"stop", "web"}, new String[] {"exec", "web", "--", "true"},
                new String[] {"checkpoint", "web"}, new String[] {"migrate", "web", "--to", lab.h2})) {
            TwoHostLab.Result refused = lab.ctl(lab.h1, change);
            assertNotEquals(0, refused.exit(), String.join(" ", change) + ": " + refused.out());
            assertTrue((refused.out() + refused.err()).contains("--resolve here|there"),
                    String.join(" ", change) + ": " + refused.out() + refused.err());
        }
        assertEquals("FROZEN", freezerState(1, "web"), "still frozen after the refused calls");
        // the operator resolves it: it runs there, so it goes here
        String out = lab.ctlOk(lab.h1, "migrate", "web", "--resolve", "there");
        assertTrue(out.contains("destroyed here"), out);
        TwoHostLab.Result gone = lab.ctl(lab.h1, "status", "web");
        assertEquals(3, gone.exit(), "not found on the source: " + gone.out() + gone.err());
        assertFalse(Files.exists(lab.dir.resolve("h1/containers/web")));
        assertTrue(lab.waitCounterAbove(2, "web", lab.counter(2, "web")), "the counter goes on on host 2");
        assertEquals("resolved", client.echo("resolved"), "the client's connection survived it all");
        TwoHostLab.Result again = lab.ctl(lab.h1, "migrate", "web", "--resolve", "here");
        assertEquals(3, again.exit(), "nothing left to resolve: " + again.out() + again.err());
    }

    /** The freezer state of a container of lab host {@code host} (cgroup v1, parent named by the agent's id). */
    String freezerState(int host, String name) throws IOException {
        String agentId = Files.readString(lab.dir.resolve("h" + host + "/agent.id")).strip();
        return Files.readString(Path.of("/sys/fs/cgroup/freezer", "corral-" + agentId, name, "freezer.state")).strip();
    }
}
