package dev.corral.runtime;

import dev.corral.runtime.internal.CheckpointMeta;
import dev.corral.runtime.internal.Cmd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Post-copy (CRIU lazy pages) on one host: the destination's machinery (the lazy-pages daemon and
 * restore --lazy-pages) against a checkpoint's own page images, and the source's page server
 * (dump --lazy-pages on loopback) with its roll-backs. A source and a destination of the same
 * container need two hosts (two network namespaces as in the routed-mode lab). Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LazyPagesTest {

    static final Duration STOP = Duration.ofSeconds(10);

    @RegisterExtension
    static final CounterFixture fixture = new CounterFixture();
    final TestHost host = fixture.host();
    final ContainerRuntime rt = host.runtime;
    final CounterWorkload w = fixture.workload();

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void lazyRestoreRunsBeforeTheMemoryIsBackAndThenHasAllOfIt() throws Exception {
        ContainerInfo c = w.start("lz-local", 20);
        Socket client = w.connect(c);
        assertEquals("a", CounterWorkload.echo(client, "a"));
        Checkpoint ck = rt.checkpoint("lz-local", CheckpointOptions.DEFAULT);
        long atDump = w.counter("lz-local");

        ContainerInfo back = rt.migrations().restore("lz-local", ck.id(), LazyPages.LOCAL);
        assertEquals(ContainerState.RUNNING, back.state());
        assertTrue(rt.migrations().awaitLazyPages("lz-local", Duration.ofSeconds(30)), "the lazy-pages daemon got every page");
        w.assertContinuesFrom("lz-local", atDump);
        assertEquals("b", CounterWorkload.echo(client, "b"));
        // the daemon is gone, and so is the unpacked checkpoint it read from
        assertTrue(dev.corral.runtime.internal.Poll.until(Duration.ofSeconds(5), () -> {
            try (var s = Files.list(host.stateDir.resolve("containers/lz-local"))) {
                return s.noneMatch(p -> p.getFileName().toString().startsWith("."));
            } catch (IOException e) {
                return false;
            }
        }));
        // and it checkpoints again like any other
        Checkpoint again = rt.checkpoint("lz-local", CheckpointOptions.DEFAULT.withLeaveRunning(true));
        assertTrue(again.sizeBytes() > 0);
        rt.stop("lz-local", STOP);
        rt.destroy("lz-local");
    }

    @Test
    void sourceServesItsMemoryOnLoopbackAndAbortingKeepsItRunning() throws Exception {
        ContainerInfo c = w.start("lz-src", 21);
        Socket client = w.connect(c);
        assertEquals("1", CounterWorkload.echo(client, "1"));
        int port = freePort();
        LazySource src = rt.migrations().startLazyCheckpoint("lz-src", "127.0.0.1", port, null);
        try {
            assertTrue(src.serving());
            assertTrue(src.dumpMillis() > 0);
            // what the destination gets: everything but the (lazily sent) anonymous memory
            Path dir = src.directory();
            for (String f : List.of(CheckpointMeta.FILE, "corral.json", Checkpoints.RUNC_STATE, Checkpoints.OCI_SPEC,
                    "images/inventory.img", "images/pstree.img")) {
                assertTrue(Files.exists(dir.resolve(f)), f);
            }
            assertTrue(Cmd.run(List.of("ss", "-Hltn", "sport = :" + port), Duration.ofSeconds(5)).stdout().contains("127.0.0.1"),
                    "the page server listens on loopback");
            // CRIU holds the tasks under ptrace while it serves (it thaws the freezer after seizing)
            String status = Files.readString(Path.of("/proc", Long.toString(c.initPid()), "status"));
            assertTrue(status.contains("State:\tt (tracing stop)"), status.lines().filter(l -> l.startsWith("State")).toList()
                    + ": stopped while serving");

            ContainerInfo after = src.abort();
            assertEquals(ContainerState.RUNNING, after.state());
            assertEquals(c.initPid(), after.initPid());
        } finally {
            src.close();
        }
        w.assertContinuesFrom("lz-src", 0);
        assertEquals("2", CounterWorkload.echo(client, "2"), "connection kept through the roll-back");
        assertFalse(Files.exists(src.directory()));
        assertEquals(RuntimeError.Kind.CONFLICT,
                assertThrows(RuntimeError.class, () -> src.finish(Duration.ofSeconds(1))).kind(), "over is over");

        // a transfer nobody takes (the destination never came): finish gives up, it runs on here
        LazySource stale = rt.migrations().startLazyCheckpoint("lz-src", "127.0.0.1", freePort(), null);
        RuntimeError e = assertThrows(RuntimeError.class, () -> stale.finish(Duration.ofMillis(500)));
        assertTrue(e.getMessage().contains("did not end"), e.getMessage());
        assertEquals(ContainerState.RUNNING, rt.status("lz-src").state());
        w.assertContinuesFrom("lz-src", 0);
        assertEquals("3", CounterWorkload.echo(client, "3"));
        rt.stop("lz-src", STOP);
        rt.destroy("lz-src");
    }
}
