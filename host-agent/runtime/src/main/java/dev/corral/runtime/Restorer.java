package dev.corral.runtime;

import dev.corral.runtime.internal.Archive;
import dev.corral.runtime.internal.CheckpointMeta;
import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Criu;
import dev.corral.runtime.internal.DumpLock;
import dev.corral.runtime.internal.Freezer;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Ipv4;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Names;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Poll;
import dev.corral.runtime.internal.Procs;
import dev.corral.runtime.internal.RuncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores a container from a checkpoint file with CRIU, and imports checkpoint files made on
 * other hosts. The host side (overlay mount, network namespace with the same address and MAC,
 * locked) is rebuilt first; CRIU re-creates the cgroups with the dumped limits; runc is then told
 * about the new init ({@link RuncState}) so exec works as on any container. A failed restore
 * leaves nothing behind but the stopped container and its intact checkpoint.
 */
final class Restorer {

    private static final Logger LOG = LoggerFactory.getLogger(Restorer.class);
    /** The upper layer a restore replaced, kept until the restore has succeeded. */
    static final String UPPER_BACKUP = ".upper-before-restore";

    private final ContainerRuntime rt;
    private final Checkpoints checkpoints;

    Restorer(ContainerRuntime rt, Checkpoints checkpoints) {
        this.rt = rt;
        this.checkpoints = checkpoints;
    }

    ContainerInfo restore(String name, String id) {
        return rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            if (rt.running(r)) {
                throw RuntimeError.conflict("container " + name + " is running");
            }
            String ckId = id != null ? id : latest(name);
            Path file = checkpoints.file(name, ckId);
            CheckpointMeta m = Checkpoints.meta(file);
            if (!m.uuid.equals(r.uuid)) {
                throw RuntimeError.conflict("checkpoint " + ckId + " belongs to another container " + m.container
                        + " (" + m.uuid + ")");
            }
            if (!rt.templates().exists(r.template)) {
                throw RuntimeError.failure("template " + r.template + " of container " + name + " is gone");
            }
            Path cdir = rt.dir(name);
            settleUpperBackup(cdir, false);
            Checkpoints.removeDebris(cdir);
            Path work = cdir.resolve(".ckpt-restore-" + ckId);
            Fs.mkdirs(work);
            try {
                long t0 = System.nanoTime();
                List<String> members = new ArrayList<>(List.of("images", Checkpoints.RUNC_STATE, Checkpoints.OCI_SPEC));
                if (m.includesRootfs) {
                    members.add("upper");
                }
                Archive.extract(file, work, members);
                long unpacked = System.nanoTime();
                if (m.includesRootfs) {
                    move(cdir.resolve("upper"), cdir.resolve(UPPER_BACKUP));
                    move(work.resolve("upper"), cdir.resolve("upper"));
                }
                doRestore(r, m, work);
                settleUpperBackup(cdir, true);
                LOG.info("restored {} from checkpoint {} (init pid {}; unpack {} ms, restore {} ms)", name, ckId, r.initPid,
                        (unpacked - t0) / 1_000_000, (System.nanoTime() - unpacked) / 1_000_000);
                return rt.info(r);
            } catch (RuntimeException e) {
                try {
                    settleUpperBackup(cdir, false);
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            } finally {
                Fs.deleteTree(work);
            }
        });
    }

    private String latest(String name) {
        List<Checkpoint> all = checkpoints.list(name);
        if (all.isEmpty()) {
            throw RuntimeError.notFound("container " + name + " has no checkpoint");
        }
        return all.get(all.size() - 1).id();
    }

    /** Host side, CRIU, runc's state; on failure everything this made is taken down again. */
    private void doRestore(ContainerRecord r, CheckpointMeta m, Path work) {
        Path cdir = rt.dir(r.name);
        Path images = work.resolve("images");
        String cgroupsPath = rt.cgroupsPathOf(r.name);
        Path netns = Net.netnsPath(rt.netnsName(r.name));
        Path pidFile = work.resolve("restore.pid");
        try {
            rt.cleanupRuntime(r);
            Mounts.mountOverlay(rt.templates().rootfs(r.template), cdir.resolve("upper"), cdir.resolve("work"),
                    cdir.resolve("rootfs"));
            rt.attachNetworkClosed(r);
            Cmd.Result res = Cmd.run(Criu.restoreArgv(images, cdir.resolve("rootfs"), netns, cgroupsPath, pidFile,
                    m.tcpEstablished, List.of()), Duration.ofMinutes(10));
            String pidText = Fs.readOrNull(pidFile);
            if (!res.ok() || pidText == null || pidText.isEmpty()) {
                throw RuntimeError.failure("criu restore of " + r.name + " failed"
                        + (res.timedOut() ? " (timed out)" : "") + ": " + Criu.logErrors(images.resolve("restore.log"), res));
            }
            long pid = Long.parseLong(pidText.strip());
            r.initPid = pid;
            r.initStartTime = Procs.startTime(pid);
            if (!rt.running(r)) {
                throw RuntimeError.failure("restored init of " + r.name + " (pid " + pid + ") exited at once");
            }
            r.save(cdir);
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put(m.containerDir, cdir.toString());
            paths.put(m.cgroupsPath, cgroupsPath);
            paths.put(m.netnsPath, netns.toString());
            Path bundle = cdir.resolve("bundle");
            Fs.mkdirs(bundle);
            Fs.writeAtomic(bundle.resolve(Checkpoints.OCI_SPEC),
                    RuncState.rewriteSpec(Fs.read(work.resolve(Checkpoints.OCI_SPEC)), paths));
            RuncState.install(rt.config().runcRoot(), r.name, Fs.read(work.resolve(Checkpoints.RUNC_STATE)), pid, paths);
            Limits dumped = m.limits == null ? Limits.NONE : m.limits;
            if (!dumped.equals(r.limits())) {
                // changed while it was stopped: CRIU put back the old ones
                rt.cgroups(r).apply(dumped, r.limits());
            }
            // The dump saw the cgroup frozen (we froze it for CRIU), and CRIU restores that state.
            Freezer.of(cgroupsPath).thaw();
            rt.openNetwork(r);
        } catch (RuntimeException e) {
            try {
                takeDown(r, cgroupsPath);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Kills whatever CRIU left running and removes every trace of the attempt. */
    private void takeDown(ContainerRecord r, String cgroupsPath) {
        LOG.warn("restore of {} failed: taking it down", r.name);
        Path netns = Net.netnsPath(rt.netnsName(r.name));
        if (Files.exists(netns)) {
            // Restored sockets that die would send resets to the peers of the connections, which
            // a later attempt (or the source of a migration) is to carry on: not a word out.
            DumpLock.lock(netns);
        }
        List<Path> dirs = cgroupDirs(cgroupsPath);
        for (Path d : dirs) {
            String procs = Fs.readOrNull(d.resolve("cgroup.procs"));
            if (procs != null) {
                for (String p : procs.split("\\s+")) {
                    if (!p.isBlank()) {
                        Procs.signal(Long.parseLong(p), "KILL");
                    }
                }
            }
        }
        // CRIU puts back the freezer state it dumped (frozen), and frozen tasks die only when thawed.
        Freezer.of(cgroupsPath).thaw();
        Poll.until(Duration.ofSeconds(10), () -> dirs.stream().allMatch(d -> {
            String procs = Fs.readOrNull(d.resolve("cgroup.procs"));
            return procs == null || procs.isBlank();
        }));
        RuncState.remove(rt.config().runcRoot(), r.name);
        r.initPid = 0;
        r.initStartTime = 0;
        r.save(rt.dir(r.name));
        rt.cleanupRuntime(r);
        for (Path d : cgroupDirs(cgroupsPath)) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                throw RuntimeError.failure("cannot remove cgroup " + d + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The container's directory in every mounted cgroup hierarchy, named ones (name=systemd) and
     * the v2 tree included: CRIU re-creates all of them, runc's and our clean-up know only some.
     */
    static List<Path> cgroupDirs(String cgroupsPath) {
        String rel = cgroupsPath.startsWith("/") ? cgroupsPath.substring(1) : cgroupsPath;
        List<Path> out = new ArrayList<>();
        for (String line : Fs.read(Path.of("/proc/self/mountinfo")).split("\n")) {
            int dash = line.indexOf(" - ");
            if (dash < 0) {
                continue;
            }
            String fstype = line.substring(dash + 3).split(" ")[0];
            if (fstype.equals("cgroup") || fstype.equals("cgroup2")) {
                Path d = Path.of(line.split(" ")[4]).resolve(rel);
                if (Files.isDirectory(d)) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * After a restore that brought its own upper layer: on success the replaced layer goes; on
     * failure (or found after a crash while stopped) it is put back.
     */
    static void settleUpperBackup(Path cdir, boolean restored) {
        Path backup = cdir.resolve(UPPER_BACKUP);
        if (!Files.exists(backup)) {
            return;
        }
        if (restored) {
            Fs.deleteTree(backup);
            return;
        }
        Path upper = cdir.resolve("upper");
        Path doomed = cdir.resolve(".ckpt-upper-discarded");
        if (Files.exists(upper)) {
            move(upper, doomed);
        }
        move(backup, upper);
        Fs.deleteTree(doomed);
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes a checkpoint file (from another host, or saved elsewhere) into this runtime: into the
     * checkpoints of its container, which is created (stopped) from the file's records when this
     * host does not have it. The container keeps its name, uuid, MAC and address, which must be
     * free here.
     */
    Checkpoint importFile(Path file) {
        Path src = file.toAbsolutePath();
        if (!Files.isRegularFile(src)) {
            throw RuntimeError.notFound("no checkpoint file " + src);
        }
        CheckpointMeta m = Checkpoints.meta(src);
        String name = Names.label("container", m.container);
        synchronized (rt.registry()) {
            return rt.locked(name, () -> {
                Path cdir = rt.dir(name);
                if (Files.isRegularFile(cdir.resolve(ContainerRecord.FILE))) {
                    ContainerRecord r = rt.load(name);
                    if (!r.uuid.equals(m.uuid)) {
                        throw RuntimeError.conflict("container " + name + " exists here as another container (" + r.uuid + ")");
                    }
                    return copyIn(src, cdir, m);
                }
                ContainerRecord r = fromArchive(src, m);
                if (!rt.templates().exists(r.template)) {
                    throw RuntimeError.failure("template " + r.template + " of " + name + " is not on this host");
                }
                int ip = Ipv4.parse(r.ipv4);
                if (!rt.subnet().assignable(ip)) {
                    throw RuntimeError.invalid("address " + r.ipv4 + " of " + name + " is not assignable in " + rt.subnet());
                }
                rt.checkAddress(ip);
                for (ContainerRecord other : rt.allRecords()) {
                    if (r.ipv4.equals(other.ipv4)) {
                        throw RuntimeError.conflict("address " + r.ipv4 + " is taken by container " + other.name);
                    }
                }
                Path tmp = rt.containersDir().resolve("." + name + ".creating-" + r.uuid);
                boolean ok = false;
                try {
                    for (String d : new String[] {"upper", "work", "rootfs", "bundle", Checkpoints.DIR}) {
                        Files.createDirectories(tmp.resolve(d));
                    }
                    r.save(tmp);
                    copyIn(src, tmp, m);
                    Files.move(tmp, cdir);
                    Fs.fsyncDir(rt.containersDir());
                    ok = true;
                } catch (IOException e) {
                    throw RuntimeError.failure("cannot import " + src + ": " + e.getMessage(), e);
                } finally {
                    if (!ok) {
                        Fs.deleteTree(tmp);
                    }
                }
                LOG.info("imported container {} with checkpoint {}", name, m.id);
                return Checkpoints.describe(cdir.resolve(Checkpoints.DIR).resolve(m.id + Checkpoints.SUFFIX));
            });
        }
    }

    private static ContainerRecord fromArchive(Path src, CheckpointMeta m) {
        String json = Archive.read(src, ContainerRecord.FILE);
        if (json == null) {
            throw RuntimeError.invalid(src + " lacks the container's " + ContainerRecord.FILE);
        }
        ContainerRecord r = new com.google.gson.Gson().fromJson(json, ContainerRecord.class);
        if (r == null || !m.uuid.equals(r.uuid) || !m.container.equals(r.name)) {
            throw RuntimeError.invalid(src + ": container record does not match the checkpoint");
        }
        r.initPid = 0;
        r.initStartTime = 0;
        return r;
    }

    /** Copies (fsync, rename) the file into the container's checkpoints; the same id twice is a conflict. */
    private static Checkpoint copyIn(Path src, Path cdir, CheckpointMeta m) {
        Path ckdir = cdir.resolve(Checkpoints.DIR);
        Fs.mkdirs(ckdir);
        Path target = ckdir.resolve(m.id + Checkpoints.SUFFIX);
        if (src.equals(target)) {
            return Checkpoints.describe(target);
        }
        if (Files.exists(target)) {
            throw RuntimeError.conflict("container " + m.container + " already has checkpoint " + m.id);
        }
        Path tmp = ckdir.resolve("." + m.id + Checkpoints.SUFFIX + ".tmp");
        try {
            Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            Fs.fsyncDir(ckdir);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next checkpoint operation removes it
            }
            throw RuntimeError.failure("cannot copy checkpoint " + src + " in: " + e.getMessage(), e);
        }
        return Checkpoints.describe(target);
    }
}
