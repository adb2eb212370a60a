package dev.corral.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A source agent that dies while a migration holds its container frozen ({@link PushedDump}, the
 * memory sent to a local {@link PageSink} standing in for the destination): the next start (a new
 * runtime over the same state directory) does what the migration's phase marker says. Real CRIU,
 * runc and kernel; needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldMigrationTest {

    static final Duration STOP = Duration.ofSeconds(10);

    @RegisterExtension
    static final CounterFixture fixture = new CounterFixture();
    final TestHost host = fixture.host();
    final ContainerRuntime rt = host.runtime;
    final CounterWorkload w = fixture.workload();

    /** Dumped, the memory in a page server that then ends; the container stays frozen here. */
    PushedDump hold(ContainerRuntime runtime, String name) throws InterruptedException {
        try (PageSocket toSink = PageSocket.open(); PageSocket fromDump = PageSocket.open();
             PageSink sink = PageSink.start(host.stateDir.resolve("sink-" + name), toSink)) {
            // the agents' relays stand between the two CRIUs in a migration; here a plain copy
            Thread down = copy(fromDump, toSink);
            Thread up = copy(toSink, fromDump);
            PushedDump d = runtime.migrations().startPushedCheckpoint(name, fromDump, null);
            assertTrue(sink.await(Duration.ofSeconds(30)), sink::errors);
            down.join(10_000);
            up.join(10_000);
            return d;
        }
    }

    private static Thread copy(PageSocket from, PageSocket to) {
        Thread t = new Thread(() -> {
            try {
                from.input().transferTo(to.output());
                to.shutdownOutput();
            } catch (IOException e) {
                // the other side ended first: the page server's exit status says whether all arrived
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    String freezerState(String name) throws IOException {
        return Files.readString(host.cgroupV1("freezer", name).resolve("freezer.state")).strip();
    }

    Path marker(String name) {
        return host.stateDir.resolve("containers").resolve(name).resolve(HeldMigration.FILE);
    }

    /** Gone, or a zombie nobody reaps (PID 1 here does not). */
    static boolean dead(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        try {
            String s = Files.readString(stat);
            String state = s.substring(s.lastIndexOf(')') + 2, s.lastIndexOf(')') + 3);
            return state.equals("Z") || state.equals("X");
        } catch (IOException e) {
            return true;
        }
    }

    static boolean reports(ContainerRuntime r, String name, String text) {
        return r.adoptionReport().stream().anyMatch(l -> l.contains("container " + name + ":") && l.contains(text));
    }

    @Test
    void heldCopyThawsAtTheNextStartAndClaimsItsWithdrawnAddressAgain() throws Exception {
        ContainerInfo c = w.start("hm-held", 30);
        Socket client = w.connect(c);
        assertEquals("1", CounterWorkload.echo(client, "1"));
        PushedDump d = hold(rt, "hm-held");
        d.addressWithdrawn();
        rt.network().withdraw("hm-held");
        assertEquals("FROZEN", freezerState("hm-held"));
        long atDump = w.counter("hm-held");

        ContainerRuntime restarted = ContainerRuntime.open(host.config);
        assertTrue(reports(restarted, "hm-held", "interrupted checkpoint rolled back"), restarted.adoptionReport().toString());
        assertTrue(reports(restarted, "hm-held", "claimed here again"), restarted.adoptionReport().toString());
        assertEquals("THAWED", freezerState("hm-held"));
        w.assertContinuesFrom("hm-held", atDump);
        assertEquals("2", CounterWorkload.echo(client, "2"), "reachable again, the connection kept");
        assertFalse(Files.exists(marker("hm-held")));
        assertFalse(Files.exists(d.directory()));
        restarted.stop("hm-held", STOP);
        restarted.destroy("hm-held");
    }

    @Test
    void committingCopyStaysFrozenUntilResolvedHereOrThere() throws Exception {
        ContainerInfo c = w.start("hm-ask", 31);
        Socket client = w.connect(c);
        assertEquals("1", CounterWorkload.echo(client, "1"));
        RuntimeError none = assertThrows(RuntimeError.class, () -> rt.migrations().resolveMigration("hm-ask", true));
        assertEquals(RuntimeError.Kind.CONFLICT, none.kind(), "nothing to resolve");

        PushedDump d = hold(rt, "hm-ask");
        d.addressWithdrawn();
        rt.network().withdraw("hm-ask");
        d.committing();
        long atDump = w.counter("hm-ask");
        assertEquals(RuntimeError.Kind.CONFLICT,
                assertThrows(RuntimeError.class, () -> rt.migrations().resolveMigration("hm-ask", true)).kind(),
                "the migration holding it in this runtime decides");

        // started twice: it stays frozen each time, reported each time
        for (int start = 0; start < 2; start++) {
            ContainerRuntime restarted = ContainerRuntime.open(host.config);
            assertTrue(reports(restarted, "hm-ask", "MIGRATION UNRESOLVED"), restarted.adoptionReport().toString());
            assertEquals("FROZEN", freezerState("hm-ask"));
            assertTrue(Files.exists(marker("hm-ask")));
        }
        ContainerRuntime restarted = ContainerRuntime.open(host.config);
        ContainerInfo back = restarted.migrations().resolveMigration("hm-ask", true);
        assertEquals(ContainerState.RUNNING, back.state());
        assertEquals(c.initPid(), back.initPid(), "the same processes, thawed");
        w.assertContinuesFrom("hm-ask", atDump);
        assertEquals("2", CounterWorkload.echo(client, "2"), "its address claimed here again, the connection kept");
        assertFalse(Files.exists(marker("hm-ask")));
        assertEquals(RuntimeError.Kind.CONFLICT,
                assertThrows(RuntimeError.class, () -> restarted.migrations().resolveMigration("hm-ask", false)).kind(), "resolved once");
        assertEquals(ContainerState.RUNNING, restarted.status("hm-ask").state(), "a refused resolve changes nothing");

        // the other way: it runs on the destination, so it dies here
        PushedDump second = hold(restarted, "hm-ask");
        second.committing();
        long init = restarted.status("hm-ask").initPid();
        ContainerRuntime again = ContainerRuntime.open(host.config);
        assertTrue(reports(again, "hm-ask", "MIGRATION UNRESOLVED"), again.adoptionReport().toString());
        assertEquals("FROZEN", freezerState("hm-ask"));
        ContainerInfo last = again.migrations().resolveMigration("hm-ask", false);
        assertEquals(ContainerState.STOPPED, last.state());
        assertTrue(dead(init), "its init is gone");
        assertEquals(RuntimeError.Kind.NOT_FOUND,
                assertThrows(RuntimeError.class, () -> again.status("hm-ask")).kind(), "destroyed here");
        assertFalse(Files.exists(host.stateDir.resolve("containers/hm-ask")));
    }

    @Test
    void committedCopyIsKilledAndDestroyedAtTheNextStart() throws Exception {
        ContainerInfo c = w.start("hm-done", 32);
        PushedDump d = hold(rt, "hm-done");
        d.addressWithdrawn();
        rt.network().withdraw("hm-done");
        d.committing();
        d.committed();

        ContainerRuntime restarted = ContainerRuntime.open(host.config);
        assertTrue(reports(restarted, "hm-done", "had committed"), restarted.adoptionReport().toString());
        assertEquals(RuntimeError.Kind.NOT_FOUND,
                assertThrows(RuntimeError.class, () -> restarted.status("hm-done")).kind(), "destroyed here");
        assertTrue(dead(c.initPid()), "its init is gone");
        assertFalse(Files.exists(host.stateDir.resolve("containers/hm-done")));
        assertFalse(Files.exists(host.cgroupV1("freezer", "hm-done")), "its cgroup is gone");
    }

    @Test
    void anUnreadableMarkerCountsAsCommitting() throws IOException {
        Path dir = Files.createTempDirectory(host.stateDir, "marker");
        assertEquals(null, HeldMigration.read(dir));
        Files.writeString(dir.resolve(HeldMigration.FILE), "phase=SOMETHING\n");
        HeldMigration m = HeldMigration.read(dir);
        assertEquals(HeldMigration.Phase.COMMITTING, m.phase);
        assertTrue(m.withdrawn);
        new HeldMigration(HeldMigration.Phase.HELD, false).withdrawn().with(HeldMigration.Phase.COMMITTED).write(dir);
        m = HeldMigration.read(dir);
        assertEquals(HeldMigration.Phase.COMMITTED, m.phase);
        assertTrue(m.withdrawn);
        HeldMigration.delete(dir);
        assertEquals(null, HeldMigration.read(dir));
    }
}
