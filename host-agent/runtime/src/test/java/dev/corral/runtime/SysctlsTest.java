package dev.corral.runtime;

import dev.corral.runtime.internal.Fs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Namespaced sysctls on real busybox containers: applied by runc at start and live by the
 * runtime, kept across restarts, never reaching the host; anything that would is refused before
 * anything changes. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SysctlsTest {

    static final Duration STOP = Duration.ofSeconds(10);
    static final Duration EXEC = Duration.ofSeconds(20);
    static final String SHMMAX = "268435456";

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

    /** The value inside the container, as its own processes see it. */
    String inside(String container, String key) {
        ExecResult r = rt.exec(container, List.of("cat", "/proc/sys/" + key.replace('.', '/')), EXEC);
        assertEquals(0, r.exitCode(), () -> key + ": " + r.stderr());
        return r.stdout().strip().replaceAll("\\s+", " ");
    }

    static String onHost(String key) {
        return Fs.readOrNull(Path.of("/proc/sys/" + key.replace('.', '/'))).replaceAll("\\s+", " ");
    }

    static Map<String, String> onHost(List<String> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, onHost(k)));
        return out;
    }

    static final List<String> WATCHED = List.of("net.ipv4.ip_forward", "kernel.shmmax", "kernel.sem",
            "kernel.domainname", "fs.mqueue.msg_max", "kernel.shm_rmid_forced", "vm.swappiness", "kernel.pid_max",
            "net.core.netdev_max_backlog");

    @Test
    void sysctlsApplyInsideAtStartAndLiveSurviveRestartAndNeverReachTheHost() {
        Map<String, String> hostBefore = onHost(WATCHED);
        // the opposite of the host's: a container's new namespace starts from the host's value
        String forward = hostBefore.get("net.ipv4.ip_forward").equals("1") ? "0" : "1";
        ContainerInfo c = rt.create(ContainerSpec.of("sys", Templates.BUSYBOX, host.ip(10)).withSysctls(Map.of(
                "net.ipv4.ip_forward", forward, "kernel.shmmax", SHMMAX, "kernel.sem", " 250  32000\t32 128 ",
                "kernel.domainname", "corral.test")));
        assertEquals(Map.of("net.ipv4.ip_forward", forward, "kernel.shmmax", SHMMAX, "kernel.sem", "250 32000 32 128",
                "kernel.domainname", "corral.test"), c.sysctls());
        try {
            rt.start("sys");
            assertEquals(forward, inside("sys", "net.ipv4.ip_forward"));
            assertEquals(SHMMAX, inside("sys", "kernel.shmmax"));
            assertEquals("250 32000 32 128", inside("sys", "kernel.sem"));
            assertEquals("corral.test", inside("sys", "kernel.domainname"));
            String config = Fs.read(host.stateDir.resolve("containers/sys/bundle/config.json"));
            assertTrue(config.contains("\"sysctl\"") && config.contains("\"kernel.shmmax\": \"" + SHMMAX + "\""), config);

            ContainerInfo live = rt.update("sys", ContainerUpdate.sysctls(Map.of("kernel.shmmax", "536870912",
                    "fs.mqueue.msg_max", "64", "net.ipv4.conf.eth0.arp_ignore", "1")));
            assertEquals("536870912", live.sysctls().get("kernel.shmmax"));
            assertEquals("536870912", inside("sys", "kernel.shmmax"));
            assertEquals("64", inside("sys", "fs.mqueue.msg_max"));
            assertEquals("1", inside("sys", "net.ipv4.conf.eth0.arp_ignore"));
            assertEquals(hostBefore, onHost(WATCHED), "the host's own values are untouched");

            rt.restart("sys", STOP);
            assertEquals(forward, inside("sys", "net.ipv4.ip_forward"));
            assertEquals("536870912", inside("sys", "kernel.shmmax"));
            assertEquals("64", inside("sys", "fs.mqueue.msg_max"));
            assertEquals("1", inside("sys", "net.ipv4.conf.eth0.arp_ignore"));

            // kernel.hostname is the hostname, live and for later starts
            ContainerInfo renamed = rt.update("sys", ContainerUpdate.sysctls(Map.of("kernel.hostname", "renamed")));
            assertEquals("renamed", renamed.hostname());
            assertFalse(renamed.sysctls().containsKey("kernel.hostname"));
            assertEquals("renamed", rt.exec("sys", List.of("hostname"), EXEC).stdout().strip());

            // removed: not applied again, and a running container gets a new namespace's value back
            ContainerInfo less = rt.update("sys", ContainerUpdate.sysctls(Map.of("kernel.domainname", "")));
            assertFalse(less.sysctls().containsKey("kernel.domainname"));
            assertEquals("(none)", inside("sys", "kernel.domainname"));
            rt.restart("sys", STOP);
            assertEquals("(none)", inside("sys", "kernel.domainname"));
            assertEquals("renamed", rt.exec("sys", List.of("hostname"), EXEC).stdout().strip());
            assertEquals(hostBefore, onHost(WATCHED), "the host's own values are untouched");
        } finally {
            rt.stop("sys", STOP);
            rt.destroy("sys");
        }
    }

    private static void invalid(Executable e) {
        RuntimeError err = assertThrows(RuntimeError.class, e);
        assertEquals(RuntimeError.Kind.INVALID, err.kind(), err::getMessage);
    }

    @Test
    void sysctlsThatWouldReachTheHostOrThatTheKernelRefusesChangeNothing() throws Exception {
        Map<String, String> hostBefore = onHost(WATCHED);
        for (Map<String, String> bad : List.of(Map.of("vm.swappiness", "10"), Map.of("kernel.pid_max", "4096"),
                Map.of("net.core.netdev_max_backlog", "10"), Map.of("net.ipv4.conf.br0.forwarding", "1"),
                Map.of("kernel.shmmax", "lots"), Map.of("kernel.sem", "1 2 3"), Map.of("net.ipv4.tcp_rmem", "1 2"),
                Map.of("../../vm/swappiness", "1"), Map.of("kernel.shm_rmid_forced", "2"),
                Map.of("net.ipv4.ip_forward", "1\n0"), Map.of("kernel.shmmax", ""))) {
            invalid(() -> rt.create(ContainerSpec.of("nope", Templates.BUSYBOX, host.ip(11)).withSysctls(bad)));
        }
        assertFalse(Files.exists(host.stateDir.resolve("containers/nope")), "nothing created");

        rt.create(ContainerSpec.of("ref", Templates.BUSYBOX, host.ip(12))
                .withSysctls(Map.of("fs.mqueue.msg_max", "32")).withLimits(Limits.NONE.withPids(100)));
        try {
            Path record = host.stateDir.resolve("containers/ref/corral.json");
            String stoppedRecord = Fs.read(record);
            // stopped: the kernel is asked in throw-away namespaces
            invalid(() -> rt.update("ref", ContainerUpdate.sysctls(Map.of("kernel.shm_rmid_forced", "2"))));
            invalid(() -> rt.update("ref", new ContainerUpdate(null, Map.of("vm.swappiness", "10"), true)));
            assertEquals(stoppedRecord, Fs.read(record));

            rt.start("ref");
            String runningRecord = Fs.read(record);
            String msgMax = inside("ref", "fs.mqueue.msg_max");
            assertEquals("32", msgMax);
            String pidsMax = Fs.read(host.cgroupV1("pids", "ref").resolve("pids.max")).strip();
            invalid(() -> rt.update("ref", ContainerUpdate.sysctls(Map.of("vm.swappiness", "10"))));
            invalid(() -> rt.update("ref", ContainerUpdate.sysctls(Map.of("net.core.netdev_max_backlog", "10"))));
            // written in order: msg_max first, then the kernel refuses shm_rmid_forced: all put back,
            // the limit too
            invalid(() -> rt.update("ref", new ContainerUpdate(Limits.NONE.withPids(77),
                    Map.of("fs.mqueue.msg_max", "48", "kernel.shm_rmid_forced", "2"), null)));
            assertEquals(msgMax, inside("ref", "fs.mqueue.msg_max"));
            assertEquals(pidsMax, Fs.read(host.cgroupV1("pids", "ref").resolve("pids.max")).strip());
            assertEquals(runningRecord, Fs.read(record));
            assertEquals(hostBefore, onHost(WATCHED));
        } finally {
            rt.stop("ref", STOP);
            rt.destroy("ref");
        }
    }
}
