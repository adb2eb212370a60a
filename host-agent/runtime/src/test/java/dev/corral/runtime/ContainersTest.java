package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Ipv4;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Poll;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real busybox containers under runc, on a throw-away bridge. Needs root. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainersTest {

    static final Duration STOP = Duration.ofSeconds(10);
    static final Duration EXEC = Duration.ofSeconds(20);

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

    String sh(String container, String script) {
        ExecResult r = rt.exec(container, List.of("/bin/sh", "-c", script), EXEC);
        assertEquals(0, r.exitCode(), () -> "exit " + r.exitCode() + " of '" + script + "': " + r.stdout() + r.stderr());
        return r.stdout().strip();
    }

    @Test
    void createAndStartIsAllOrNothing() {
        ContainerInfo up = rt.createAndStart(ContainerSpec.of("both", Templates.BUSYBOX, host.ip(50)));
        assertEquals(ContainerState.RUNNING, up.state());
        assertTrue(up.initPid() > 0);
        assertEquals("both", sh("both", "hostname"));
        rt.stop("both", STOP);
        rt.destroy("both");

        // A start that fails after the create: without the bridge the veth has nothing to join.
        Cmd.check("ip", "link", "del", host.bridge);
        try {
            RuntimeError e = assertThrows(RuntimeError.class,
                    () -> rt.createAndStart(ContainerSpec.of("half", Templates.BUSYBOX, host.ip(51))));
            assertEquals(RuntimeError.Kind.RUNTIME_FAILURE, e.kind(), e.getMessage());
            assertEquals(RuntimeError.Kind.NOT_FOUND, assertThrows(RuntimeError.class, () -> rt.status("half")).kind());
            assertFalse(Files.exists(host.stateDir.resolve("containers/half")));
            assertFalse(Files.exists(Net.netnsPath("corral-" + host.agentId + "-half")));
            assertFalse(Files.exists(host.cgroupV1("memory", "half")));
            assertTrue(rt.list().stream().noneMatch(c -> c.name().equals("half")));
        } finally {
            Net.ensureBridge(host.bridge, Ipv4.parseSubnet(host.subnetPrefix + ".0/24"));
        }
        // the name and the address are free again
        ContainerInfo again = rt.create(ContainerSpec.of("half", Templates.BUSYBOX, host.ip(51)));
        assertEquals(ContainerState.STOPPED, again.state());
        rt.destroy("half");
    }

    @Test
    void createAndStartWhoseWriteFailsTakesItsNetworkAway() {
        // The start's network is made while the create writes the directory: when the write
        // fails, nothing of either may stay. The containers directory made immutable refuses it.
        Path containers = host.stateDir.resolve("containers");
        String ports = Cmd.check("ip", "-o", "link", "show", "master", host.bridge).stdout();
        Cmd.check("chattr", "+i", containers.toString());
        try {
            RuntimeError e = assertThrows(RuntimeError.class,
                    () -> rt.createAndStart(ContainerSpec.of("unwritten", Templates.BUSYBOX, host.ip(52))));
            assertEquals(RuntimeError.Kind.RUNTIME_FAILURE, e.kind(), e.getMessage());
        } finally {
            Cmd.check("chattr", "-i", containers.toString());
        }
        assertEquals(RuntimeError.Kind.NOT_FOUND, assertThrows(RuntimeError.class, () -> rt.status("unwritten")).kind());
        assertFalse(Files.exists(Net.netnsPath("corral-" + host.agentId + "-unwritten")));
        assertEquals(ports, Cmd.check("ip", "-o", "link", "show", "master", host.bridge).stdout(), "bridge ports");
        assertTrue(java.util.Arrays.stream(containers.toFile().list()).noneMatch(n -> n.contains("unwritten")),
                "no directory of it is left");

        ContainerInfo up = rt.createAndStart(ContainerSpec.of("unwritten", Templates.BUSYBOX, host.ip(52)));
        assertEquals(ContainerState.RUNNING, up.state());
        rt.stop("unwritten", STOP);
        rt.destroy("unwritten");
    }

    @Test
    void createAndStartReplacesANamespaceLeftUnderItsName() {
        // A host crash during a start leaves the namespace behind (adoption removes the directory):
        // the next container of that name gets a namespace of its own.
        String ns = "corral-" + host.agentId + "-reborn";
        Cmd.check("ip", "netns", "add", ns);
        try {
            ContainerInfo up = rt.createAndStart(ContainerSpec.of("reborn", Templates.BUSYBOX, host.ip(53)));
            assertEquals(ContainerState.RUNNING, up.state());
            assertEquals(up.mac(), sh("reborn", "cat /sys/class/net/eth0/address"));
            rt.stop("reborn", STOP);
            rt.destroy("reborn");
            assertFalse(Files.exists(Net.netnsPath(ns)));
        } finally {
            Cmd.quiet("ip", "netns", "del", ns);
        }
    }

    @Test
    void lifecycleLeavesNothingBehindWhenStopped() {
        ContainerInfo c = rt.create(ContainerSpec.of("life", Templates.BUSYBOX, host.ip(10)));
        assertEquals(ContainerState.STOPPED, c.state());
        assertTrue(c.mac().matches("02:[0-9a-f]{2}(:[0-9a-f]{2}){4}|[0-9a-f][2367ae](:[0-9a-f]{2}){5}"), c.mac());
        Path dir = host.stateDir.resolve("containers/life");
        assertTrue(Files.isRegularFile(dir.resolve("corral.json")));
        assertFalse(Files.exists(dir.resolve("upper/bin")), "creation must not copy the template");

        ContainerInfo up = rt.start("life");
        assertEquals(ContainerState.RUNNING, up.state());
        assertTrue(up.initPid() > 0);
        assertTrue(Mounts.isMounted(dir.resolve("rootfs")));
        assertTrue(Net.linkExists(up.hostVeth()));
        assertEquals(RuntimeError.Kind.CONFLICT, assertThrows(RuntimeError.class, () -> rt.start("life")).kind());

        long t0 = System.nanoTime();
        ContainerInfo down = rt.stop("life", STOP);
        long stopMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ContainerState.STOPPED, down.state());
        assertTrue(stopMillis < STOP.toMillis(), "busybox init shut down by itself, no SIGKILL: " + stopMillis + " ms");
        assertFalse(Mounts.isMounted(dir.resolve("rootfs")));
        assertFalse(Net.linkExists(up.hostVeth()));
        assertFalse(Files.exists(Net.netnsPath("corral-" + host.agentId + "-life")));
        assertFalse(Files.exists(host.cgroupV1("memory", "life")));

        ContainerInfo again = rt.restart("life", STOP);
        assertEquals(ContainerState.RUNNING, again.state());
        assertNotEquals(up.initPid(), again.initPid());
        ContainerInfo re = rt.restart("life", STOP);
        assertEquals(ContainerState.RUNNING, re.state());
        rt.stop("life", STOP);
        rt.destroy("life");
        assertFalse(Files.exists(dir));
        assertEquals(RuntimeError.Kind.NOT_FOUND, assertThrows(RuntimeError.class, () -> rt.status("life")).kind());
    }

    @Test
    void execReturnsExitCodeAndBothStreams() {
        rt.create(ContainerSpec.of("ex", Templates.BUSYBOX, host.ip(11)));
        rt.start("ex");
        ExecResult r = rt.exec("ex", List.of("/bin/sh", "-c", "echo out; echo err >&2; exit 3"), EXEC);
        assertEquals(3, r.exitCode());
        assertEquals("out", r.stdout().strip());
        assertEquals("err", r.stderr().strip());
        // the exec'd process is in the container's cgroup and has its capabilities, no more
        String cgroup = sh("ex", "cat /proc/self/cgroup");
        // inside the container's cgroup namespace its own cgroup is "/"; anything else shows as "/.."
        assertTrue(cgroup.lines().allMatch(l -> l.endsWith(":/")), cgroup);
        String capEff = sh("ex", "grep CapEff /proc/self/status").split("\\s+")[1];
        long caps = Long.parseLong(capEff, 16);
        assertEquals(0, caps & (1L << 21), "no CAP_SYS_ADMIN");
        assertEquals(0, caps & (1L << 24), "no CAP_SYS_RESOURCE");
        assertEquals(0, caps & (1L << 2), "no CAP_DAC_READ_SEARCH");
        assertEquals(0, caps & (1L << 16), "no CAP_SYS_MODULE");
        assertEquals(sh("ex", "grep CapEff /proc/1/status"), "CapEff:\t" + capEff);
        assertEquals(RuntimeError.Kind.INVALID, assertThrows(RuntimeError.class,
                () -> rt.exec("ex", List.of(), EXEC)).kind());
        ExecResult slow = rt.exec("ex", List.of("sleep", "60"), Duration.ofMillis(500));
        assertTrue(slow.timedOut());
        assertTrue(dev.corral.runtime.internal.Poll.until(Duration.ofSeconds(5),
                () -> !sh("ex", "ps -o comm").contains("sleep")), "a timed-out command does not linger");
        rt.stop("ex", STOP);
        assertEquals(RuntimeError.Kind.CONFLICT, assertThrows(RuntimeError.class,
                () -> rt.exec("ex", List.of("true"), EXEC)).kind());
        rt.destroy("ex");
    }

    @Test
    void containerIsIsolatedFromTheHost() throws Exception {
        rt.create(ContainerSpec.of("iso", Templates.BUSYBOX, host.ip(12)).withHostname("island.example"));
        rt.start("iso");
        assertEquals("island.example", sh("iso", "hostname"));
        assertEquals("island.example", sh("iso", "cat /etc/hostname"));
        // only the container's own processes: init is 1, and the JVM's pid is not there
        String pids = sh("iso", "ls /proc | grep '^[0-9]*$'");
        assertTrue(pids.lines().anyMatch("1"::equals), pids);
        assertFalse(pids.lines().anyMatch(Long.toString(ProcessHandle.current().pid())::equals), pids);
        assertTrue(pids.lines().count() < 10, pids);
        assertEquals("init", sh("iso", "cat /proc/1/comm"));

        // its own network stack: a net sysctl inside does not reach the host
        String hostForward = Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).strip();
        String flipped = hostForward.equals("1") ? "0" : "1";
        sh("iso", "sysctl -w net.ipv4.ip_forward=" + flipped);
        assertEquals(flipped, sh("iso", "cat /proc/sys/net/ipv4/ip_forward"));
        assertEquals(hostForward, Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).strip());
        // ...while the kernel's own sysctls stay read-only
        ExecResult vm = rt.exec("iso", List.of("/bin/sh", "-c", "echo 3 > /proc/sys/vm/drop_caches"), EXEC);
        assertNotEquals(0, vm.exitCode());
        // masked
        assertEquals("", sh("iso", "cat /proc/kcore 2>/dev/null | head -c 10"));
        rt.stop("iso", STOP);
        rt.destroy("iso");
    }

    @Test
    void containersReachEachOtherAndTheHost() {
        ContainerInfo a = rt.create(ContainerSpec.of("net-a", Templates.BUSYBOX, host.ip(21)));
        rt.create(ContainerSpec.of("net-b", Templates.BUSYBOX, host.ip(22)));
        rt.start("net-a");
        rt.start("net-b");
        assertEquals(a.mac(), sh("net-a", "cat /sys/class/net/eth0/address"));
        sh("net-a", "ping -c 1 -W 5 " + host.ip(22));
        sh("net-b", "ping -c 1 -W 5 " + host.ip(21));
        sh("net-a", "ping -c 1 -W 5 " + host.gateway());
        assertTrue(Cmd.run(List.of("busybox", "ping", "-c", "1", "-W", "5", host.ip(22)), Duration.ofSeconds(10)).ok(),
                "host reaches the container");

        Usage u = rt.usage("net-a");
        assertTrue(u.cpuNanos() > 0, u.toString());
        assertTrue(u.memoryBytes() > 0, u.toString());
        assertTrue(u.pids() >= 1, u.toString());
        assertTrue(u.netTxBytes() > 0 && u.netRxBytes() > 0, u.toString());
        assertEquals(-1, u.memoryLimitBytes());

        rt.stop("net-a", STOP);
        rt.stop("net-b", STOP);
        rt.destroy("net-a");
        rt.destroy("net-b");
    }

    @Test
    void startupScriptsRunAndTheirDaemonServes() throws Exception {
        // An imported template: the busybox rootfs plus a startup script that starts a web server.
        Path src = Files.createTempDirectory(host.stateDir, "src");
        Cmd.check("cp", "-a", rt.templates().show(Templates.BUSYBOX).rootfs() + "/.", src.toString());
        Files.createDirectories(src.resolve("www"));
        Files.writeString(src.resolve("www/index.html"), "hello from rcS\n");
        Path script = src.resolve("etc/init.d/S50web");
        Files.writeString(script, "#!/bin/sh\n[ \"$1\" = start ] || exit 0\necho ran > /run/rcs-ran\n"
                + "httpd -p 8080 -h /www\n");
        Cmd.check("chmod", "755", script.toString());
        Path tar = host.stateDir.resolve("web.tar.gz");
        Cmd.check("tar", "-czf", tar.toString(), "-C", src.toString(), ".");
        TemplateInfo t = rt.templates().importTarball("web", tar, "USR2");
        assertEquals(Templates.IMPORTED, t.kind());

        rt.create(ContainerSpec.of("web1", "web", host.ip(30)));
        rt.start("web1");
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> rt.exec("web1", List.of("cat", "/run/rcs-ran"), EXEC)
                .stdout().strip().equals("ran")));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://" + host.ip(30) + ":8080/index.html")).timeout(Duration.ofSeconds(5)).build();
        String[] body = {null};
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> {
            try {
                body[0] = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                return true;
            } catch (Exception e) {
                return false;
            }
        }), "httpd started by rcS answers the host");
        assertEquals("hello from rcS", body[0].strip());

        assertEquals(RuntimeError.Kind.CONFLICT,
                assertThrows(RuntimeError.class, () -> rt.templates().delete("web")).kind());
        rt.stop("web1", STOP);
        rt.destroy("web1");
        rt.templates().delete("web");
        assertFalse(rt.templates().exists("web"));
    }

    @Test
    void memoryLimitLandsInTheCgroupAndStopsAHog() throws Exception {
        long limit = 32L << 20;
        rt.create(ContainerSpec.of("mem", Templates.BUSYBOX, host.ip(40))
                .withLimits(Limits.NONE.withMemory(limit).withMemorySwap(limit)));
        rt.start("mem");
        Path cg = host.cgroupV1("memory", "mem");
        assertEquals(Long.toString(limit), Files.readString(cg.resolve("memory.limit_in_bytes")).strip());
        assertEquals(Long.toString(limit), Files.readString(cg.resolve("memory.memsw.limit_in_bytes")).strip());
        // dd allocates its block size: 64 MiB cannot fit in 32
        ExecResult hog = rt.exec("mem", List.of("dd", "if=/dev/zero", "of=/dev/null", "bs=64M", "count=2"), EXEC);
        assertNotEquals(0, hog.exitCode(), hog.toString());
        assertTrue(Long.parseLong(Files.readString(cg.resolve("memory.max_usage_in_bytes")).strip()) <= limit);
        String oom = Files.readString(cg.resolve("memory.oom_control"));
        assertTrue(oom.lines().anyMatch(l -> l.matches("oom_kill [1-9][0-9]*")), oom + " / " + hog);
        assertEquals(ContainerState.RUNNING, rt.status("mem").state(), "init survives the OOM kill of the hog");
        assertEquals(limit, rt.usage("mem").memoryLimitBytes());
        rt.stop("mem", STOP);
        rt.destroy("mem");
    }

    @Test
    void pidsLimitStopsAForkBomb() throws Exception {
        rt.create(ContainerSpec.of("pids", Templates.BUSYBOX, host.ip(41)).withLimits(Limits.NONE.withPids(20)));
        rt.start("pids");
        Path cg = host.cgroupV1("pids", "pids");
        assertEquals("20", Files.readString(cg.resolve("pids.max")).strip());
        ExecResult bomb = rt.exec("pids", List.of("/bin/sh", "-c",
                "i=0; while [ $i -lt 100 ]; do sleep 3 & i=$((i+1)); done; wait"), EXEC);
        assertTrue(bomb.stderr().contains("fork") || bomb.exitCode() != 0, bomb.toString());
        String events = Files.readString(cg.resolve("pids.events")).strip();
        assertTrue(Long.parseLong(events.split("\\s+")[1]) > 0, events);
        assertTrue(Long.parseLong(Files.readString(cg.resolve("pids.current")).strip()) <= 20);
        rt.stop("pids", STOP);
        rt.destroy("pids");
    }

    @Test
    void limitsChangeLive() throws Exception {
        rt.create(ContainerSpec.of("live", Templates.BUSYBOX, host.ip(42)));
        rt.start("live");
        Path mem = host.cgroupV1("memory", "live");
        Path cpu = host.cgroupV1("cpu", "live");
        rt.setLimits("live", new Limits(512, 0.5, "0", 64L << 20, 128L << 20, 50L, null));
        assertEquals(Long.toString(64L << 20), Files.readString(mem.resolve("memory.limit_in_bytes")).strip());
        assertEquals(Long.toString(128L << 20), Files.readString(mem.resolve("memory.memsw.limit_in_bytes")).strip());
        assertEquals("50000", Files.readString(cpu.resolve("cpu.cfs_quota_us")).strip());
        assertEquals("512", Files.readString(cpu.resolve("cpu.shares")).strip());
        assertEquals("0", Files.readString(host.cgroupV1("cpuset", "live").resolve("cpuset.cpus")).strip());
        assertEquals("50", Files.readString(host.cgroupV1("pids", "live").resolve("pids.max")).strip());
        // shrink memory below memsw, then grow both past the old memsw: the order of writes matters
        rt.setLimits("live", new Limits(null, null, null, 256L << 20, 512L << 20, null, null));
        assertEquals(Long.toString(256L << 20), Files.readString(mem.resolve("memory.limit_in_bytes")).strip());
        ContainerInfo c = rt.setLimits("live", new Limits(null, -1.0, "", Limits.UNLIMITED, Limits.UNLIMITED,
                Limits.UNLIMITED, null));
        assertEquals("-1", Files.readString(cpu.resolve("cpu.cfs_quota_us")).strip());
        assertEquals("max", Files.readString(host.cgroupV1("pids", "live").resolve("pids.max")).strip());
        assertEquals(new Limits(512, null, null, null, null, null, null), c.limits());
        assertEquals(RuntimeError.Kind.INVALID, assertThrows(RuntimeError.class,
                () -> rt.setLimits("live", Limits.NONE.withMemory(1))).kind());
        // the limits survive a restart: they are in config.json from corral.json
        rt.setLimits("live", Limits.NONE.withPids(33));
        rt.restart("live", STOP);
        assertEquals("33", Files.readString(host.cgroupV1("pids", "live").resolve("pids.max")).strip());
        rt.stop("live", STOP);
        rt.destroy("live");
    }
}
