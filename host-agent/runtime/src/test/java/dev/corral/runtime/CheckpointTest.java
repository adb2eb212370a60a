package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checkpoint and restore with the real CRIU of a {@link CounterWorkload}: its counter must go on
 * without a reset and its client connection from the host's namespace must survive. Needs root and
 * CRIU >= 4.2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckpointTest {

    static final Duration STOP = Duration.ofSeconds(10);
    static final Duration EXEC = Duration.ofSeconds(20);

    @RegisterExtension
    static final CounterFixture fixture = new CounterFixture();
    final TestHost host = fixture.host();
    final ContainerRuntime rt = host.runtime;
    final CounterWorkload w = fixture.workload();

    /** A test that fails midway leaves no fake CRIU to the next. */
    @AfterEach
    void forgetFakeCriu() {
        System.clearProperty("corral.criu");
    }

    // ---- the workload (CounterWorkload) ----

    ContainerInfo workload(String name, int ip) throws IOException {
        return w.start(name, ip);
    }

    long counter(String name) {
        return w.counter(name);
    }

    void assertCounterContinuesFrom(String name, long before) {
        w.assertContinuesFrom(name, before);
    }

    Socket connect(ContainerInfo c) throws IOException {
        return w.connect(c);
    }

    static String echo(Socket s, String line) throws IOException {
        return CounterWorkload.echo(s, line);
    }

    String sh(String container, String script) {
        ExecResult r = rt.exec(container, List.of("/bin/sh", "-c", script), EXEC);
        assertEquals(0, r.exitCode(), () -> "exit " + r.exitCode() + " of '" + script + "': " + r.stdout() + r.stderr());
        return r.stdout().strip();
    }

    /**
     * After a checkpoint that left it running, or failed: the same init goes on, thawed, counting
     * and answering on {@code client} ({@code why} says what the answer proves).
     */
    void assertGoesOn(ContainerInfo c, Socket client, String line, String why) throws IOException {
        ContainerInfo now = rt.status(c.name());
        assertEquals(ContainerState.RUNNING, now.state());
        assertEquals(c.initPid(), now.initPid());
        assertEquals("THAWED", freezerState(c.name()));
        assertCounterContinuesFrom(c.name(), 0);
        assertEquals(line, echo(client, line), why);
    }

    String freezerState(String name) throws IOException {
        return Files.readString(host.cgroupV1("freezer", name).resolve("freezer.state")).strip();
    }

    /** Everything of a container that exists only while it runs, in every cgroup hierarchy. */
    List<String> runtimeTraces(String name) {
        List<String> out = new ArrayList<>();
        for (Path d : RestoreHost.cgroupDirs("/" + host.config.cgroupParent() + "/" + name)) {
            out.add("cgroup " + d);
        }
        if (Files.exists(Net.netnsPath("corral-" + host.agentId + "-" + name))) {
            out.add("netns");
        }
        if (Mounts.anyMountAtOrBelow(host.stateDir.resolve("containers").resolve(name))) {
            out.add("mount");
        }
        if (Files.exists(host.config.runcRoot().resolve(name))) {
            out.add("runc state");
        }
        for (String m : Mounts.mountPoints()) {
            if (m.contains(".criu") || m.contains("cr-tmpfs")) {
                out.add("criu mount " + m);
            }
        }
        return out;
    }

    List<String> workDebris(String name) throws IOException {
        Path d = host.stateDir.resolve("containers").resolve(name);
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(d)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).forEach(out::add);
        }
        Path ck = d.resolve(Checkpoints.DIR);
        if (Files.isDirectory(ck)) {
            try (Stream<Path> s = Files.list(ck)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).forEach(out::add);
            }
        }
        return out;
    }

    /** A criu that runs the real one but fails {@code command} (after running it, if asked). */
    Path fakeCriu(String command, boolean runFirst) throws IOException {
        String real = Cmd.check("sh", "-c", "command -v criu").stdout().strip();
        Path f = host.stateDir.resolve("fake-criu-" + command + (runFirst ? "-after" : ""));
        Files.writeString(f, """
                #!/bin/sh
                if [ "$1" = %s ]; then
                    %s
                    echo "Error (fake criu): injected %s failure" >&2
                    exit 1
                fi
                exec %s "$@"
                """.formatted(command, runFirst ? real + " \"$@\"" : ":", command, real));
        Cmd.check("chmod", "755", f.toString());
        return f;
    }

    // ---- the behaviour ----

    @Test
    void restoredContainerContinuesWithItsConnectionAddressAndMac() throws Exception {
        ContainerInfo c = workload("cr-main", 10);
        Socket client = connect(c);
        assertEquals("before", echo(client, "before"));

        Checkpoint ck = rt.checkpoint("cr-main", CheckpointOptions.DEFAULT);
        assertEquals(ContainerState.STOPPED, rt.status("cr-main").state());
        assertTrue(Files.isRegularFile(ck.path()) && ck.sizeBytes() == Files.size(ck.path()), ck.toString());
        assertTrue(ck.includesRootfs());
        assertTrue(ck.frozenMillis() >= ck.dumpMillis() && ck.dumpMillis() > 0, ck.toString());
        assertEquals(List.of(), runtimeTraces("cr-main"), "a stopped container holds nothing on the host");
        assertEquals(List.of(ck.id()), rt.checkpoints("cr-main").stream().map(Checkpoint::id).toList());
        long atDump = counter("cr-main");

        ContainerInfo back = rt.restore("cr-main", ck.id());
        assertEquals(ContainerState.RUNNING, back.state());
        assertNotEquals(c.initPid(), back.initPid());
        assertEquals("THAWED", freezerState("cr-main"));
        assertCounterContinuesFrom("cr-main", atDump);
        assertEquals("after restore", echo(client, "after restore"), "the established connection survived");
        // exec goes through runc, which now knows the restored init: caps, cgroups, namespaces
        assertEquals(c.mac(), sh("cr-main", "cat /sys/class/net/eth0/address"));
        assertTrue(sh("cr-main", "ip -4 addr show eth0").contains(c.ipv4() + "/"));
        assertTrue(sh("cr-main", "cat /proc/self/cgroup").lines().allMatch(l -> l.endsWith(":/")));
        assertEquals(sh("cr-main", "grep CapBnd /proc/1/status"), sh("cr-main", "grep CapBnd /proc/self/status"));
        assertEquals("2", sh("cr-main", "grep Seccomp: /proc/self/status").split("\\s+")[1], "seccomp applies");

        // and again: restore -> checkpoint -> restore
        Checkpoint second = rt.checkpoint("cr-main", CheckpointOptions.DEFAULT);
        long atSecond = counter("cr-main");
        rt.restore("cr-main", null);
        assertCounterContinuesFrom("cr-main", atSecond);
        assertEquals("twice", echo(client, "twice"));
        assertEquals(List.of(ck.id(), second.id()), rt.checkpoints("cr-main").stream().map(Checkpoint::id).toList());

        rt.stop("cr-main", STOP);
        assertEquals(List.of(), runtimeTraces("cr-main"), "a restored container stops cleanly");
        rt.deleteCheckpoint("cr-main", ck.id());
        assertEquals(RuntimeError.Kind.NOT_FOUND,
                assertThrows(RuntimeError.class, () -> rt.restore("cr-main", ck.id())).kind());
        rt.destroy("cr-main");
    }

    @Test
    void leaveRunningKeepsTheContainerAndItsConnection() throws Exception {
        ContainerInfo c = workload("cr-live", 11);
        Socket client = connect(c);
        assertEquals("one", echo(client, "one"));
        Checkpoint ck = rt.checkpoint("cr-live", CheckpointOptions.DEFAULT.withLeaveRunning(true));
        assertGoesOn(c, client, "two", "the network lock is gone");
        assertTrue(ck.frozenMillis() > 0 && ck.frozenMillis() < 5000, ck.toString());
        assertEquals(1, rt.checkpoints("cr-live").size());

        // the checkpoint of a running container restores once it is stopped
        rt.stop("cr-live", STOP);
        rt.restore("cr-live", ck.id());
        assertEquals(ContainerState.RUNNING, rt.status("cr-live").state());
        assertEquals("cr-live", sh("cr-live", "hostname"));
        rt.stop("cr-live", STOP);
        rt.destroy("cr-live");
    }

    @Test
    void checkpointFileRestoresAfterTheContainerIsDestroyed() throws Exception {
        ContainerInfo c = workload("cr-move", 12);
        Socket client = connect(c);
        assertEquals("hi", echo(client, "hi"));
        sh("cr-move", "echo kept > /root/note");
        Checkpoint ck = rt.checkpoint("cr-move", CheckpointOptions.DEFAULT);
        long atDump = counter("cr-move");
        Path elsewhere = Files.createTempDirectory(host.stateDir, "moved").resolve("c.tar");
        Files.copy(ck.path(), elsewhere);
        rt.destroy("cr-move");
        assertEquals(RuntimeError.Kind.NOT_FOUND, assertThrows(RuntimeError.class, () -> rt.status("cr-move")).kind());

        Checkpoint imported = rt.importCheckpoint(elsewhere);
        assertEquals(ck.id(), imported.id());
        ContainerInfo shell = rt.status("cr-move");
        assertEquals(ContainerState.STOPPED, shell.state());
        assertEquals(c.uuid(), shell.uuid());
        assertEquals(c.mac(), shell.mac());
        assertEquals(c.ipv4(), shell.ipv4());
        assertEquals(imported, rt.importCheckpoint(elsewhere), "importing the same file again changes nothing");

        ContainerInfo back = rt.restore("cr-move", null);
        assertEquals(ContainerState.RUNNING, back.state());
        assertCounterContinuesFrom("cr-move", atDump);
        assertEquals("kept", sh("cr-move", "cat /root/note"), "the upper layer came along");
        assertEquals("still here", echo(client, "still here"));
        rt.stop("cr-move", STOP);
        rt.destroy("cr-move");

        // restore(file) does both steps
        ContainerInfo again = rt.restore(elsewhere);
        assertEquals(ContainerState.RUNNING, again.state());
        rt.stop("cr-move", STOP);
        rt.destroy("cr-move");

        // and a checkpoint unpacked into a directory (how a migration streams it) restores too
        Path unpacked = Files.createDirectories(elsewhere.resolveSibling("unpacked"));
        Cmd.check("tar", "-xf", elsewhere.toString(), "-C", unpacked.toString());
        ContainerInfo fromDir = rt.migrations().restoreDirectory(unpacked, null);
        assertEquals(ContainerState.RUNNING, fromDir.state());
        assertEquals(c.mac(), sh("cr-move", "cat /sys/class/net/eth0/address"));
        assertEquals("kept", sh("cr-move", "cat /root/note"));
        assertTrue(Files.isDirectory(unpacked.resolve("images")), "the caller's directory stays");
        rt.stop("cr-move", STOP);
        rt.destroy("cr-move");
    }

    @Test
    void checkpointRestoresOnAFreshHostWhereNothingHasStarted() throws Exception {
        workload("cr-fresh", 14);
        Checkpoint ck = rt.checkpoint("cr-fresh", CheckpointOptions.DEFAULT);
        long atDump = counter("cr-fresh");
        Path file = Files.createTempDirectory(host.stateDir, "to-fresh").resolve("c.tar");
        Files.copy(ck.path(), file);
        rt.destroy("cr-fresh");

        try (TestHost fresh = new TestHost(host)) {
            fresh.busybox();
            assertFalse(Files.exists(Path.of("/sys/fs/cgroup/cpuset", fresh.config.cgroupParent())),
                    "no cpuset cgroup of the fresh host's agent yet");
            fresh.runtime.importCheckpoint(file);
            // cgroup v1 cpuset: CRIU alone made the parent with empty cpus and mems, and failed
            ContainerInfo back = fresh.runtime.restore("cr-fresh", null);
            assertEquals(ContainerState.RUNNING, back.state());
            new CounterWorkload(fresh).assertContinuesFrom("cr-fresh", atDump);
            fresh.runtime.stop("cr-fresh", STOP);
            fresh.runtime.destroy("cr-fresh");
        }
    }

    @Test
    void restoredContainerKeepsItsLimitsAndTakesThoseChangedMeanwhile() throws Exception {
        long mem = 96L << 20;
        rt.create(ContainerSpec.of("cr-lim", Templates.BUSYBOX, host.ip(17))
                .withLimits(Limits.NONE.withMemory(mem).withPids(64).withCpus(0.5)));
        rt.start("cr-lim");
        rt.checkpoint("cr-lim", CheckpointOptions.DEFAULT);
        rt.restore("cr-lim", null);
        assertEquals(Long.toString(mem), Files.readString(host.cgroupV1("memory", "cr-lim").resolve("memory.limit_in_bytes")).strip());
        assertEquals("64", Files.readString(host.cgroupV1("pids", "cr-lim").resolve("pids.max")).strip());
        assertEquals("50000", Files.readString(host.cgroupV1("cpu", "cr-lim").resolve("cpu.cfs_quota_us")).strip());
        assertTrue(Files.readString(host.cgroupV1("devices", "cr-lim").resolve("devices.list")).contains("c 1:3 rwm"),
                "device rules came back, not 'a *:* rwm'");

        rt.checkpoint("cr-lim", CheckpointOptions.DEFAULT);
        rt.setLimits("cr-lim", Limits.NONE.withPids(128).withMemory(Limits.UNLIMITED));
        rt.restore("cr-lim", null);
        assertEquals("128", Files.readString(host.cgroupV1("pids", "cr-lim").resolve("pids.max")).strip());
        assertEquals(-1, rt.usage("cr-lim").memoryLimitBytes());
        // live changes work on a restored container as on any other
        rt.setLimits("cr-lim", Limits.NONE.withPids(100));
        assertEquals("100", Files.readString(host.cgroupV1("pids", "cr-lim").resolve("pids.max")).strip());
        rt.stop("cr-lim", STOP);
        rt.destroy("cr-lim");
    }

    @Test
    void failedDumpThawsTheContainerAndLeavesNoFile() throws Exception {
        ContainerInfo c = workload("cr-fail", 13);
        Socket client = connect(c);
        assertEquals("a", echo(client, "a"));
        System.setProperty("corral.criu", fakeCriu("dump", false).toString());
        RuntimeError e = assertThrows(RuntimeError.class, () -> rt.checkpoint("cr-fail", CheckpointOptions.DEFAULT));
        assertEquals(RuntimeError.Kind.RUNTIME_FAILURE, e.kind());
        assertTrue(e.getMessage().contains("injected dump failure"), e.getMessage());
        System.clearProperty("corral.criu");

        assertGoesOn(c, client, "b", "the network lock was lifted");
        assertEquals(List.of(), rt.checkpoints("cr-fail"));
        assertEquals(List.of(), workDebris("cr-fail"));
        String tables = Cmd.check("nsenter", "--net=" + Net.netnsPath("corral-" + host.agentId + "-cr-fail"), "nft",
                "list tables").stdout();
        assertEquals("", tables.strip(), "no lock left in the container's netns");
        rt.stop("cr-fail", STOP);
        rt.destroy("cr-fail");
    }

    @Test
    void fullDiskLeavesTheContainerRunningAndNoPartialFile() throws Exception {
        ContainerInfo c = workload("cr-full", 14);
        Socket client = connect(c);
        Path ckdir = host.stateDir.resolve("containers/cr-full").resolve(Checkpoints.DIR);
        Files.createDirectories(ckdir);
        Cmd.check("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", ckdir.toString());
        try {
            RuntimeError e = assertThrows(RuntimeError.class, () -> rt.checkpoint("cr-full", CheckpointOptions.DEFAULT));
            assertTrue(e.getMessage().contains("no space left"), e.getMessage());
            assertGoesOn(c, client, "x", "the network lock was lifted");
            try (Stream<Path> s = Files.list(ckdir)) {
                assertEquals(List.of(), s.toList(), "no partial file");
            }
            assertEquals(List.of(), workDebris("cr-full"));
        } finally {
            Mounts.unmount(ckdir);
        }
        assertEquals(c.initPid(), rt.status("cr-full").initPid());
        rt.stop("cr-full", STOP);
        rt.destroy("cr-full");
    }

    @Test
    void failedRestoreLeavesNoDebrisAndTheCheckpointStillRestores() throws Exception {
        ContainerInfo c = workload("cr-rfail", 15);
        Socket client = connect(c);
        assertEquals("1", echo(client, "1"));
        Checkpoint ck = rt.checkpoint("cr-rfail", CheckpointOptions.DEFAULT);
        long atDump = counter("cr-rfail");
        Path upper = host.stateDir.resolve("containers/cr-rfail/upper");
        Files.writeString(upper.resolve("after-checkpoint"), "later\n");

        // CRIU fails outright, and CRIU "fails" after having restored everything: both leave nothing
        for (boolean restoredFirst : new boolean[] {false, true}) {
            System.setProperty("corral.criu", fakeCriu("restore", restoredFirst).toString());
            RuntimeError e = assertThrows(RuntimeError.class, () -> rt.restore("cr-rfail", ck.id()));
            assertTrue(e.getMessage().contains("injected restore failure"), e.getMessage());
            System.clearProperty("corral.criu");
            assertEquals(ContainerState.STOPPED, rt.status("cr-rfail").state());
            assertEquals(List.of(), runtimeTraces("cr-rfail"), "restoredFirst=" + restoredFirst);
            assertEquals(List.of(), workDebris("cr-rfail"));
            assertFalse(Net.linkExists(c.hostVeth()));
            assertEquals("later", Files.readString(upper.resolve("after-checkpoint")).strip(),
                    "the container's own upper layer is back");
        }
        assertEquals(List.of(ck.id()), rt.checkpoints("cr-rfail").stream().map(Checkpoint::id).toList());

        rt.restore("cr-rfail", ck.id());
        assertCounterContinuesFrom("cr-rfail", atDump);
        assertEquals("2", echo(client, "2"));
        assertFalse(Files.exists(upper.resolve("after-checkpoint")), "the checkpoint's files, not later ones");
        rt.stop("cr-rfail", STOP);
        rt.destroy("cr-rfail");
    }

    @Test
    void checkpointInterruptedByACrashIsRolledBackWhenTheRuntimeOpens() throws Exception {
        ContainerInfo c = workload("cr-crash", 18);
        Socket client = connect(c);
        assertEquals("up", echo(client, "up"));
        // what an agent dying in the middle of a dump leaves: frozen, locked, a work directory
        Path cdir = host.stateDir.resolve("containers/cr-crash");
        Files.createDirectories(cdir.resolve(".ckpt-20260101T000000.000Z-dead/images"));
        dev.corral.runtime.internal.DumpLock.lock(Net.netnsPath("corral-" + host.agentId + "-cr-crash"));
        Files.writeString(host.cgroupV1("freezer", "cr-crash").resolve("freezer.state"), "FROZEN");

        ContainerRuntime reopened = ContainerRuntime.open(host.config);
        assertTrue(reopened.adoptionReport().stream().anyMatch(l -> l.contains("cr-crash: interrupted checkpoint rolled back")),
                reopened.adoptionReport().toString());
        assertEquals("THAWED", freezerState("cr-crash"));
        assertCounterContinuesFrom("cr-crash", 0);
        assertEquals("down", echo(client, "down"), "unlocked");
        assertEquals(List.of(), workDebris("cr-crash"));
        rt.stop("cr-crash", STOP);
        rt.destroy("cr-crash");
    }

    @Test
    void precheckNamesSessionsEnteredFromOutsideAndCriuProblems() throws Exception {
        workload("cr-pre", 16);
        assertEquals(List.of(), rt.checkpointPrecheck("cr-pre"));

        CompletableFuture<ExecResult> session = CompletableFuture.supplyAsync(
                () -> rt.exec("cr-pre", List.of("sleep", "300"), Duration.ofSeconds(60)));
        List<List<String>> seen = new ArrayList<>();
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> {
            List<String> p = rt.checkpointPrecheck("cr-pre");
            seen.add(p);
            return p.size() == 1 && p.get(0).contains("(sleep) was entered into the container from outside");
        }), () -> seen.get(seen.size() - 1).toString());
        sh("cr-pre", "killall sleep");
        session.get();
        assertEquals(List.of(), rt.checkpointPrecheck("cr-pre"));

        Path old = host.stateDir.resolve("criu-3.17");
        Files.writeString(old, "#!/bin/sh\necho 'Version: 3.17.1'\n[ \"$1\" = check ] && { echo 'Error: vDSO'; exit 1; }\nexit 0\n");
        Cmd.check("chmod", "755", old.toString());
        System.setProperty("corral.criu", old.toString());
        List<String> p = rt.checkpointPrecheck("cr-pre");
        assertTrue(p.stream().anyMatch(s -> s.contains("CRIU 3.17.1 is too old")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("criu check fails")), p.toString());
        RuntimeError e = assertThrows(RuntimeError.class, () -> rt.checkpoint("cr-pre", CheckpointOptions.DEFAULT));
        assertTrue(e.getMessage().contains("too old"), e.getMessage());

        System.setProperty("corral.criu", host.stateDir.resolve("no-such-criu").toString());
        assertTrue(rt.checkpointPrecheck("cr-pre").get(0).contains("CRIU is missing"));
        System.clearProperty("corral.criu");
        assertEquals(ContainerState.RUNNING, rt.status("cr-pre").state());
        rt.stop("cr-pre", STOP);
        assertEquals(List.of("container cr-pre is not running"), rt.checkpointPrecheck("cr-pre"));
        rt.destroy("cr-pre");
    }

    @Test
    void criuInfoReportsThisHost() {
        CriuInfo info = rt.criuInfo();
        assertNotNull(info.version());
        assertTrue(info.supported(), info.toString());
        assertEquals(null, info.checkProblem());
        assertTrue(info.lazyPages(), "userfaultfd is in this kernel: " + info);
        // kernels without MEM_SOFT_DIRTY (ours) have no pre-dump; the report follows the kernel
        assertEquals(Cmd.run(List.of("criu", "check", "--feature", "mem_dirty_track"), EXEC).ok(), info.preDump());
    }
}
