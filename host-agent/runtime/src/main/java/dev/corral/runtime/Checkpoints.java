package dev.corral.runtime;

import dev.corral.runtime.internal.Archive;
import dev.corral.runtime.internal.CheckpointMeta;
import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Criu;
import dev.corral.runtime.internal.DumpLock;
import dev.corral.runtime.internal.Freezer;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Poll;
import dev.corral.runtime.internal.Procs;
import dev.corral.runtime.internal.RuncState;
import dev.corral.runtime.internal.Trash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Checkpoints of running containers with CRIU, driven directly (not through runc checkpoint; see
 * the README for the measurements behind that). The dump always leaves the processes alive and
 * frozen, behind a network lock, until the checkpoint file is safely on disk: only then are they
 * killed (the default) or thawed. Any failure before that point thaws them, so a failed checkpoint
 * never costs the container its life.
 */
final class Checkpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);
    static final String DIR = "checkpoints";
    static final String SUFFIX = ".tar";
    static final String RUNC_STATE = "runc-state.json";
    static final String OCI_SPEC = "config.json";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final long FREEZE_TIMEOUT_MS = 10_000;

    private final ContainerRuntime rt;

    Checkpoints(ContainerRuntime rt) {
        this.rt = rt;
    }

    Checkpoint checkpoint(String name, CheckpointOptions opts) {
        CheckpointOptions o = opts == null ? CheckpointOptions.DEFAULT : opts;
        return rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            String criuVersion = checkDumpable(r);
            Path cdir = rt.dir(name);
            Path ckdir = cdir.resolve(DIR);
            Fs.mkdirs(ckdir);
            UpperBackup.settle(cdir, true);
            removeDebris(cdir);
            String id = newId();
            Path work = cdir.resolve(".ckpt-" + id);
            Path images = work.resolve("images");
            Fs.mkdirs(images);
            try {
                return dump(r, o, id, criuVersion, work, images, ckdir.resolve(id + SUFFIX));
            } finally {
                // the images are as large as the memory: a migration waits for this return
                trash().discard(work);
            }
        });
    }

    /** CONFLICT unless running; FAILURE without a usable CRIU or runc state. Returns CRIU's version. */
    String checkDumpable(ContainerRecord r) {
        if (!rt.running(r)) {
            throw RuntimeError.conflict("container " + r.name + " is not running");
        }
        String criuVersion = Criu.version();
        if (!Criu.versionSupported(criuVersion)) {
            throw RuntimeError.failure(criuVersion == null ? "criu (" + Criu.binary() + ") cannot be run"
                    : "CRIU " + criuVersion + " is too old: " + Criu.MIN_MAJOR + "." + Criu.MIN_MINOR + " or later is needed");
        }
        if (RuncState.read(rt.config().runcRoot(), r.name) == null) {
            throw RuntimeError.failure("runc has no state for " + r.name + ": cannot checkpoint it");
        }
        return criuVersion;
    }

    /**
     * What a restore needs besides CRIU's images, written into {@code work}: corral-checkpoint.json
     * (the caller writes it last, with the timings), the container's record, runc's state and the
     * OCI spec.
     */
    CheckpointMeta writeRecords(ContainerRecord r, CheckpointOptions o, String id, String criuVersion, Path work) {
        Path cdir = rt.dir(r.name);
        CheckpointMeta m = new CheckpointMeta();
        m.id = id;
        m.container = r.name;
        m.uuid = r.uuid;
        m.created = Instant.now().toString();
        m.criuVersion = criuVersion;
        m.kernel = Fs.readOrNull(Path.of("/proc/sys/kernel/osrelease"));
        m.includesRootfs = o.includeRootfs();
        m.tcpEstablished = o.tcpEstablished();
        m.leftRunning = o.leaveRunning();
        m.containerDir = cdir.toString();
        m.cgroupsPath = rt.cgroupsPathOf(r.name);
        m.netnsPath = Net.netnsPath(rt.netnsName(r.name)).toString();
        m.limits = r.limits();
        // a work directory, archived or sent and then deleted: no fsync in the frozen time
        Fs.writeUnsynced(work.resolve(RUNC_STATE), RuncState.read(rt.config().runcRoot(), r.name));
        Fs.writeUnsynced(work.resolve(OCI_SPEC), Fs.read(cdir.resolve("bundle").resolve(OCI_SPEC)));
        Fs.writeUnsynced(work.resolve(ContainerRecord.FILE), Fs.read(cdir.resolve(ContainerRecord.FILE)));
        return m;
    }

    private Checkpoint dump(ContainerRecord r, CheckpointOptions o, String id, String criuVersion, Path work,
                            Path images, Path target) {
        Path cdir = rt.dir(r.name);
        Path netns = Net.netnsPath(rt.netnsName(r.name));
        Freezer freezer = Freezer.of(rt.cgroupsPathOf(r.name));
        long inode = inode(netns);

        DumpLock.lock(netns);
        long t0 = System.nanoTime();
        boolean frozen = false;
        boolean killed = false;
        try {
            freezer.freeze(FREEZE_TIMEOUT_MS);
            frozen = true;
            Cmd.Result res = Cmd.run(Criu.dumpArgv(r.initPid, images, cdir.resolve("rootfs"), freezer.dir().toString(),
                    inode, o.tcpEstablished(), true, List.of()), Duration.ofMinutes(10));
            if (!res.ok()) {
                throw RuntimeError.failure("criu dump of " + r.name + " failed"
                        + (res.timedOut() ? " (timed out)" : "") + ": " + Criu.logErrors(images.resolve("dump.log"), res));
            }
            long dumpMillis = (System.nanoTime() - t0) / 1_000_000;
            CheckpointMeta m = writeRecords(r, o, id, criuVersion, work);
            m.dumpMillis = dumpMillis;

            List<Archive.Part> parts = new ArrayList<>();
            parts.add(new Archive.Part(work, List.of(CheckpointMeta.FILE, ContainerRecord.FILE, RUNC_STATE, OCI_SPEC, "images")));
            long frozenMillis;
            if (o.leaveRunning()) {
                // The files must match the memory image, so the layer is copied while frozen; the
                // (larger) archive is written after the thaw.
                if (o.includeRootfs()) {
                    Cmd.check(Duration.ofMinutes(30), "cp", "-a", cdir.resolve("upper").toString(), work.resolve("upper").toString());
                    parts.add(new Archive.Part(work, List.of("upper")));
                }
                freezer.thaw();
                frozen = false;
                frozenMillis = (System.nanoTime() - t0) / 1_000_000;
                DumpLock.unlock(netns);
                m.frozenMillis = frozenMillis;
                Fs.writeUnsynced(work.resolve(CheckpointMeta.FILE), m.toJson());
                Archive.Written w = Archive.write(target, parts);
                LOG.info("checkpoint {} of {} ({} bytes, frozen {} ms, left running)", id, r.name, w.size(), frozenMillis);
                return new Checkpoint(id, r.name, r.uuid, Instant.parse(m.created), w.size(), target, o.includeRootfs(),
                        frozenMillis, dumpMillis, w.sha256());
            }
            if (o.includeRootfs()) {
                parts.add(new Archive.Part(cdir, List.of("upper")));
            }
            // Frozen until the file is safe: a full disk here still leaves a running container.
            m.frozenMillis = -1;
            Fs.writeUnsynced(work.resolve(CheckpointMeta.FILE), m.toJson());
            long t1 = System.nanoTime();
            Archive.Written w = Archive.write(target, parts);
            long t2 = System.nanoTime();
            killFrozen(r, freezer);
            killed = true;
            frozen = false;
            frozenMillis = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("checkpoint {} of {} ({} bytes, dump {} ms, archive {} ms, kill and release {} ms, frozen {} ms, stopped)",
                    id, r.name, w.size(), dumpMillis, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000, frozenMillis);
            return new Checkpoint(id, r.name, r.uuid, Instant.parse(m.created), w.size(), target, o.includeRootfs(),
                    frozenMillis, dumpMillis, w.sha256());
        } catch (RuntimeException e) {
            if (!killed) {
                rollBack(r, freezer, netns, frozen, e);
            }
            throw e;
        }
    }

    /**
     * At open: what a crash left of checkpoints, restores and migrations; see {@link Recovery}.
     * The runtime's open calls it here, so that the move to {@link Recovery} did not touch it.
     */
    List<String> recoverInterrupted() {
        return new Recovery(rt, this).run();
    }

    /** A failed dump: the container goes on as before, without CRIU's leftovers. */
    void rollBack(ContainerRecord r, Freezer freezer, Path netns, boolean frozen, RuntimeException cause) {
        LOG.warn("checkpoint of {} failed, thawing it: {}", r.name, cause.getMessage());
        try {
            if (frozen || freezer.frozen()) {
                freezer.thaw();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            DumpLock.unlock(netns);
            DumpLock.removeCriuDebris(netns);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Ends a container frozen after its dump. The network lock stays until the namespace goes, so
     * the dying sockets cannot tell their peers anything.
     */
    void killFrozen(ContainerRecord r, Freezer freezer) {
        long pid = r.initPid;
        long start = r.initStartTime;
        // SIGKILL to a PID namespace's init kills every process in it; on cgroup v1 frozen tasks
        // only die once thawed.
        Procs.signal(pid, "KILL");
        freezer.thaw();
        if (!Poll.until(Duration.ofSeconds(10), () -> !Procs.alive(pid, start))) {
            throw RuntimeError.failure("init of " + r.name + " (pid " + pid + ") survives SIGKILL after its checkpoint");
        }
        rt.cleanupRuntime(r);
        r.initPid = 0;
        r.initStartTime = 0;
        r.save(rt.dir(r.name));
    }

    List<Checkpoint> list(String name) {
        return rt.locked(name, () -> {
            rt.load(name);
            Path ckdir = rt.dir(name).resolve(DIR);
            if (!Files.isDirectory(ckdir)) {
                return List.<Checkpoint>of();
            }
            List<Checkpoint> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(ckdir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)
                        && !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                    out.add(describe(p));
                }
            } catch (IOException e) {
                throw RuntimeError.failure("cannot list " + ckdir + ": " + e.getMessage(), e);
            }
            return out;
        });
    }

    Checkpoint get(String name, String id) {
        return rt.locked(name, () -> describe(file(name, id)));
    }

    void delete(String name, String id) {
        rt.locked(name, () -> {
            Path f = file(name, id);
            // a migration's destination deletes its copy at commit, while the container is frozen
            trash().discard(f);
            Fs.fsyncDir(f.getParent());
            return null;
        });
    }

    /** The checkpoint file of {@code name}; NOT_FOUND when absent. */
    Path file(String name, String id) {
        rt.load(name);
        if (id == null || !id.matches("[0-9A-Za-z][0-9A-Za-z.-]{0,63}")) {
            throw RuntimeError.invalid("bad checkpoint id: " + id);
        }
        Path f = rt.dir(name).resolve(DIR).resolve(id + SUFFIX);
        if (!Files.isRegularFile(f)) {
            throw RuntimeError.notFound("container " + name + " has no checkpoint " + id);
        }
        return f;
    }

    static CheckpointMeta meta(Path file) {
        String json = Archive.read(file, CheckpointMeta.FILE);
        if (json == null) {
            throw RuntimeError.invalid(file + " is not a Corral checkpoint (no " + CheckpointMeta.FILE + ")");
        }
        return CheckpointMeta.parse(json, file.toString());
    }

    static Checkpoint describe(Path file) {
        CheckpointMeta m = meta(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Checkpoint(m.id, m.container, m.uuid, Instant.parse(m.created), size, file, m.includesRootfs,
                m.frozenMillis, m.dumpMillis);
    }

    /** Work directories of checkpoints and restores that a crash interrupted. */
    static void removeDebris(Path cdir) {
        try (Stream<Path> s = Files.list(cdir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".ckpt-")).toList()) {
                Fs.deleteTree(p);
            }
        } catch (IOException e) {
            throw RuntimeError.failure("cannot list " + cdir + ": " + e.getMessage(), e);
        }
        Path ckdir = cdir.resolve(DIR);
        if (Files.isDirectory(ckdir)) {
            try (Stream<Path> s = Files.list(ckdir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw RuntimeError.failure("cannot clean " + ckdir + ": " + e.getMessage(), e);
            }
        }
    }

    static String newId() {
        return ID_TIME.format(Instant.now()) + "-" + Integer.toHexString(0x1000 + ThreadLocalRandom.current().nextInt(0xefff));
    }

    static long inode(Path p) {
        try {
            return ((Number) Files.getAttribute(p, "unix:ino")).longValue();
        } catch (IOException | UnsupportedOperationException e) {
            throw RuntimeError.failure("cannot stat " + p + ": " + e.getMessage(), e);
        }
    }

    /** Made at use: the runtime builds this class before its configuration is set. */
    private Trash trash() {
        return new Trash(rt.config().stateDir());
    }
}
