package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Poll;
import dev.corral.runtime.internal.Procs;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new runtime over an existing state directory (the agent restarted). Needs root. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdoptionTest {

    TestHost host;

    @BeforeAll
    void setUp() throws Exception {
        host = new TestHost();
        host.busybox();
    }

    @AfterAll
    void tearDown() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void restartedRuntimeAdoptsRunningAndCleansUpTheRest() throws Exception {
        ContainerRuntime first = host.runtime;
        ContainerInfo keep = first.create(ContainerSpec.of("keep", Templates.BUSYBOX, host.ip(70)));
        first.start("keep");
        long pid = first.status("keep").initPid();
        first.exec("keep", List.of("/bin/sh", "-c", "echo before > /root/mark"), Duration.ofSeconds(10));

        first.create(ContainerSpec.of("died", Templates.BUSYBOX, host.ip(71)));
        ContainerInfo died = first.start("died");
        first.create(ContainerSpec.of("onboot", Templates.BUSYBOX, host.ip(72)));

        // While "the agent is down": one container's init is killed, a create and a destroy were cut short.
        Procs.signal(died.initPid(), "KILL");
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> !Procs.alive(died.initPid(), Procs.startTime(died.initPid()))));
        Path containers = host.stateDir.resolve("containers");
        Files.createDirectories(containers.resolve(".half.creating-x/upper"));
        Files.createDirectories(containers.resolve("nojson/upper"));
        // A create+start renames its directory before the record's fsync: a host crash before it
        // answered can leave the record empty (ext4) or zero-filled (XFS).
        Files.createDirectories(containers.resolve("unsynced/upper"));
        Files.write(containers.resolve("unsynced/corral.json"), new byte[0]);
        Files.createDirectories(containers.resolve("zeroed/upper"));
        Files.write(containers.resolve("zeroed/corral.json"), new byte[300]);

        ContainerRuntime second = ContainerRuntime.open(host.config);
        String report = String.join("\n", second.adoptionReport());
        assertTrue(report.contains("adopted running container keep"), report);
        assertTrue(report.contains("died had stopped"), report);
        assertTrue(report.contains("removed unfinished container directory .half.creating-x"), report);
        assertTrue(report.contains("removed unfinished container directory nojson"), report);
        assertTrue(report.contains("removed unfinished container directory unsynced"), report);
        assertTrue(report.contains("removed unfinished container directory zeroed"), report);

        ContainerInfo adopted = second.status("keep");
        assertEquals(ContainerState.RUNNING, adopted.state());
        assertEquals(pid, adopted.initPid(), "adoption does not restart the container");
        assertEquals(keep.uuid(), adopted.uuid());
        assertEquals("before", second.exec("keep", List.of("cat", "/root/mark"), Duration.ofSeconds(10)).stdout().strip());
        assertTrue(second.usage("keep").memoryBytes() > 0);

        assertEquals(ContainerState.STOPPED, second.status("died").state());
        assertFalse(Net.linkExists(died.hostVeth()));
        assertFalse(Mounts.isMounted(containers.resolve("died/rootfs")));
        assertFalse(Files.exists(containers.resolve(".half.creating-x")));
        assertFalse(Files.exists(containers.resolve("nojson")));
        assertFalse(Files.exists(containers.resolve("unsynced")));
        assertFalse(Files.exists(containers.resolve("zeroed")));

        // the dead one can start again, and the adopted one stops normally
        assertEquals(ContainerState.RUNNING, second.start("died").state());
        second.stop("keep", Duration.ofSeconds(10));
        second.stop("died", Duration.ofSeconds(10));
        assertTrue(Cmd.run(List.of("runc", "--root", host.config.runcRoot().toString(), "list", "-q"),
                Duration.ofSeconds(5)).stdout().isBlank());
    }

    @Test
    void containerThatPowersOffItselfIsSeenStopped() {
        ContainerRuntime rt = host.runtime;
        ContainerInfo c = rt.create(ContainerSpec.of("selfoff", Templates.BUSYBOX, host.ip(73)));
        rt.start("selfoff");
        rt.exec("selfoff", List.of("poweroff"), Duration.ofSeconds(10));
        assertTrue(Poll.until(Duration.ofSeconds(15), () -> rt.status("selfoff").state() == ContainerState.STOPPED));
        assertFalse(Net.linkExists(c.hostVeth()));
        rt.destroy("selfoff");
    }
}
