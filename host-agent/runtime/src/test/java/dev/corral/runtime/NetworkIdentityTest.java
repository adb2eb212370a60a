package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.NetnsLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migration network API in bridged mode (routed mode: {@link RoutedNetworkTest}) and the
 * configuration's compatibility. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkIdentityTest {

    TestHost host;
    ContainerRuntime rt;

    @BeforeAll
    void setUp() throws Exception {
        host = new TestHost();
        rt = host.runtime;
        host.busybox();
    }

    @AfterAll
    void tearDown() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void bridgedPrepareOpenWithdrawDiscard() {
        List<String> before = host.footprint();
        ContainerInfo c = rt.create(ContainerSpec.of("moving", Templates.BUSYBOX, host.ip(30)));
        String ns = "corral-" + host.agentId + "-moving";

        Path netns = rt.network().prepare("moving");
        assertEquals(Net.netnsPath(ns), netns);
        assertEquals(netns, rt.network().netnsPath("moving"));
        assertTrue(NetnsLock.locked(ns), "input dropped until opened");
        assertTrue(Cmd.check("ip", "-n", ns, "-o", "link", "show", "eth0").stdout().contains(c.mac()));
        // A host-side ping is input to the namespace: dropped while locked.
        assertFalse(ping(host.ip(30)), "a prepared network answers nothing");

        rt.network().open("moving");
        assertFalse(NetnsLock.locked(ns));
        assertTrue(ping(host.ip(30)), "an opened network answers");

        rt.network().withdraw("moving");
        assertTrue(Cmd.check("ip", "-o", "link", "show", c.hostVeth()).stdout().contains("state DOWN"));
        rt.network().open("moving");
        assertTrue(ping(host.ip(30)), "open after withdraw takes the address back");

        assertEquals(RuntimeError.Kind.NOT_FOUND,
                assertThrows(RuntimeError.class, () -> rt.network().open("nothing-here")).kind());
        rt.network().discard("moving");
        assertFalse(Files.exists(netns));
        assertFalse(Net.linkExists(c.hostVeth()));
        assertEquals(RuntimeError.Kind.CONFLICT, assertThrows(RuntimeError.class, () -> rt.network().open("moving")).kind());
        rt.destroy("moving");
        assertEquals(before, host.footprint());
    }

    @Test
    void aRunningContainerCannotBePreparedOrDiscarded() {
        rt.create(ContainerSpec.of("busy", Templates.BUSYBOX, host.ip(31)));
        rt.start("busy");
        try {
            assertEquals(RuntimeError.Kind.CONFLICT, assertThrows(RuntimeError.class, () -> rt.network().prepare("busy")).kind());
            assertEquals(RuntimeError.Kind.CONFLICT, assertThrows(RuntimeError.class, () -> rt.network().discard("busy")).kind());
            rt.network().open("busy"); // idempotent on a running container: just announces again
            assertTrue(ping(host.ip(31)));
        } finally {
            rt.stop("busy", Duration.ofSeconds(10));
            rt.destroy("busy");
        }
    }

    @Test
    void configurationStaysCompatible() {
        RuntimeConfig old = RuntimeConfig.of(Path.of("/var/lib/corral"), "a1", "corral0", "198.18.0.0/24");
        assertEquals(NetworkMode.BRIDGED, old.networkMode());
        assertNull(old.lanInterface());
        assertEquals(Path.of("/run/corral-a1/runc"), old.runcRoot());
        assertEquals(old, new RuntimeConfig(old.stateDir(), "a1", "corral0", "198.18.0.0/24", old.runcRoot()));
        RuntimeConfig routed = RuntimeConfig.routed(Path.of("/var/lib/corral"), "a1", "eth0", "192.0.2.0/24");
        assertEquals(NetworkMode.ROUTED, routed.networkMode());
        assertEquals("eth0", routed.lanInterface());
        assertNull(routed.bridge());
        assertEquals(Path.of("/tmp/r"), routed.withRuncRoot(Path.of("/tmp/r")).runcRoot());
    }

    @Test
    void routedModeWithoutItsLanInterfaceIsRefusedBeforeWritingAnything() throws Exception {
        Path dir = Files.createTempDirectory("corral-nolan-");
        try {
            String id = "nolan" + host.agentId.substring(1);
            RuntimeError e = assertThrows(RuntimeError.class,
                    () -> ContainerRuntime.open(RuntimeConfig.routed(dir, id, "nosuchlan0", "198.19.1.0/24")));
            assertEquals(RuntimeError.Kind.INVALID, e.kind());
            assertTrue(e.getMessage().contains("nosuchlan0"), e.getMessage());
            assertEquals(RuntimeError.Kind.INVALID, assertThrows(RuntimeError.class,
                    () -> ContainerRuntime.open(RuntimeConfig.routed(dir, id, null, "198.19.1.0/24"))).kind());
            try (var s = Files.list(dir)) {
                assertEquals(0, s.count());
            }
            assertFalse(Files.exists(Path.of("/run/corral-" + id)));
        } finally {
            dev.corral.runtime.internal.Fs.deleteTree(dir);
        }
    }

    boolean ping(String ip) {
        return Cmd.run(List.of("busybox", "ping", "-c", "1", "-W", "1", ip), Duration.ofSeconds(5)).ok();
    }
}
