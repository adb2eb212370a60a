package dev.corral.runtime;

import dev.corral.runtime.internal.Archive;
import dev.corral.runtime.internal.Cgroups;
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
import dev.corral.runtime.internal.NetnsLock;
import dev.corral.runtime.internal.Poll;
import dev.corral.runtime.internal.Procs;
import dev.corral.runtime.internal.RuncState;
import dev.corral.runtime.internal.Trash;
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
    /** Lazy-pages daemons still feeding restored containers, by container. */
    private final java.util.concurrent.ConcurrentHashMap<String, Process> lazyDaemons = new java.util.concurrent.ConcurrentHashMap<>();

    Restorer(ContainerRuntime rt, Checkpoints checkpoints) {
        this.rt = rt;
        this.checkpoints = checkpoints;
    }

    ContainerInfo restore(String name, String id, LazyPages lazy) {
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
            boolean[] keepWork = {false};
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
                long[] phases = new long[4];
                Process daemon = doRestore(r, m, work, phases, lazy);
                settleUpperBackup(cdir, true);
                LOG.info("restored {} from checkpoint {} (init pid {}; unpack {} ms, host side {} ms, criu {} ms,"
                        + " thaw+open {} ms, bookkeeping {} ms{})", name, ckId, r.initPid, (unpacked - t0) / 1_000_000,
                        phases[0], phases[1], phases[2], phases[3], lazy == null ? "" : ", memory follows lazily");
                if (daemon != null) {
                    // the daemon still reads the page images from here
                    daemon.onExit().thenRun(() -> deleteQuietly(work));
                    keepWork[0] = true;
                }
                return rt.info(r);
            } catch (RuntimeException e) {
                try {
                    settleUpperBackup(cdir, false);
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            } finally {
                if (!keepWork[0]) {
                    // the unpacked images: deleting them in place held up the migration's answer
                    trash().discard(work);
                }
            }
        });
    }

    /**
     * Restores from a checkpoint laid out as a directory (a migration's transferred copy, e.g.
     * {@link LazySource#directory()}), with the memory from a page server or the directory itself.
     * The container is created here from the directory's record when this host lacks it. The
     * directory stays the caller's (but its {@code upper/}, which may be taken over); it must stay
     * until {@link #awaitLazyPages} when lazy.
     */
    ContainerInfo restoreDirectory(Path dir, LazyPages lazy) {
        Path d = dir.toAbsolutePath();
        String json = Fs.readOrNull(d.resolve(CheckpointMeta.FILE));
        if (json == null) {
            throw RuntimeError.notFound(d + " holds no checkpoint (" + CheckpointMeta.FILE + ")");
        }
        CheckpointMeta m = CheckpointMeta.parse(json, d.toString());
        String recordJson = Fs.readOrNull(d.resolve(ContainerRecord.FILE));
        ContainerRecord fromDir = recordJson == null ? null : new com.google.gson.Gson().fromJson(recordJson, ContainerRecord.class);
        String name = ensureContainer(fromDir, m, d.toString(), null);
        return rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            if (rt.running(r)) {
                throw RuntimeError.conflict("container " + name + " is running");
            }
            if (!rt.templates().exists(r.template)) {
                throw RuntimeError.failure("template " + r.template + " of container " + name + " is gone");
            }
            Path cdir = rt.dir(name);
            settleUpperBackup(cdir, false);
            Checkpoints.removeDebris(cdir);
            try {
                if (m.includesRootfs && Files.isDirectory(d.resolve("upper"))) {
                    move(cdir.resolve("upper"), cdir.resolve(UPPER_BACKUP));
                    takeLayer(d.resolve("upper"), cdir.resolve("upper"));
                }
                long[] phases = new long[4];
                doRestore(r, m, d, phases, lazy);
                settleUpperBackup(cdir, true);
                LOG.info("restored {} from {} (init pid {}; host side {} ms, criu {} ms, thaw+open {} ms, bookkeeping {} ms{})",
                        name, d, r.initPid, phases[0], phases[1], phases[2], phases[3],
                        lazy == null ? "" : ", memory follows lazily");
                return rt.info(r);
            } catch (RuntimeException e) {
                try {
                    settleUpperBackup(cdir, false);
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
        });
    }

    /**
     * After a lazy restore: waits until the lazy-pages daemon has fetched all of the container's
     * memory and exited. True when it did so cleanly (or there is none).
     */
    boolean awaitLazyPages(String name, Duration timeout) {
        Process p = lazyDaemons.get(name);
        if (p == null) {
            return true;
        }
        try {
            if (!p.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        lazyDaemons.remove(name, p);
        return p.exitValue() == 0;
    }

    /** A lazy-pages daemon is still paging memory into the container. */
    boolean lazyPending(String name) {
        Process p = lazyDaemons.get(name);
        return p != null && p.isAlive();
    }

    private static void deleteQuietly(Path p) {
        try {
            Fs.deleteTree(p);
        } catch (RuntimeException e) {
            LOG.warn("cannot remove {}: {}", p, e.getMessage());
        }
    }

    private String latest(String name) {
        List<Checkpoint> all = checkpoints.list(name);
        if (all.isEmpty()) {
            throw RuntimeError.notFound("container " + name + " has no checkpoint");
        }
        return all.get(all.size() - 1).id();
    }

    /**
     * Host side, CRIU, then at once thaw and open the network; the bookkeeping (runc's state,
     * the bundle, limits changed meanwhile) comes after, off the frozen time. On failure everything
     * this made is taken down again.
     */
    private Process doRestore(ContainerRecord r, CheckpointMeta m, Path work, long[] phases, LazyPages lazy) {
        Path cdir = rt.dir(r.name);
        Path images = work.resolve("images");
        String cgroupsPath = rt.cgroupsPathOf(r.name);
        Path netns = Net.netnsPath(rt.netnsName(r.name));
        Path pidFile = work.resolve("restore.pid");
        Process daemon = null;
        try {
            long t0 = System.nanoTime();
            hostSide(r, netns, cgroupsPath);
            Cgroups.prepareCpusetParent(rt.config().cgroupParent());
            long t1 = System.nanoTime();
            if (lazy != null) {
                daemon = startLazyDaemon(r.name, images, lazy);
            }
            Cmd.Result res = Cmd.run(Criu.restoreArgv(images, cdir.resolve("rootfs"), netns, cgroupsPath, pidFile,
                    m.tcpEstablished, lazy == null ? List.of() : List.of("--lazy-pages")), Duration.ofMinutes(10));
            String pidText = Fs.readOrNull(pidFile);
            if (!res.ok() || pidText == null || pidText.isEmpty()) {
                throw RuntimeError.failure("criu restore of " + r.name + " failed"
                        + (res.timedOut() ? " (timed out)" : "") + ": " + Criu.logErrors(images.resolve("restore.log"), res));
            }
            long t2 = System.nanoTime();
            // The dump saw the cgroup frozen (we froze it for CRIU), and CRIU restores that state.
            Freezer.of(cgroupsPath).thaw();
            rt.openNetwork(r);
            long t3 = System.nanoTime();
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
            phases[0] = (t1 - t0) / 1_000_000;
            phases[1] = (t2 - t1) / 1_000_000;
            phases[2] = (t3 - t2) / 1_000_000;
            phases[3] = (System.nanoTime() - t3) / 1_000_000;
            if (daemon != null) {
                lazyDaemons.put(r.name, daemon);
            }
            return daemon;
        } catch (RuntimeException e) {
            if (daemon != null) {
                daemon.destroyForcibly();
            }
            try {
                takeDown(r, cgroupsPath);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Overlay mounted, network up but closed. A network already prepared for this restore (a
     * migration's destination calls {@link ContainerNetwork#prepare} before the source freezes) is
     * kept; leftovers of anything else are cleared first, without forking tools when there are none.
     */
    private void hostSide(ContainerRecord r, Path netns, String cgroupsPath) {
        boolean prepared = Files.exists(netns) && Net.linkExists(r.hostVeth) && NetnsLock.locked(rt.netnsName(r.name));
        Path rootfs = rt.dir(r.name).resolve("rootfs");
        if (!prepared) {
            if (Files.exists(rt.config().runcRoot().resolve(r.name)) || Mounts.isMounted(rootfs) || Files.exists(netns)
                    || Net.linkExists(r.hostVeth) || !cgroupDirs(cgroupsPath).isEmpty()) {
                rt.cleanupRuntime(r);
            }
        } else {
            if (Files.exists(rt.config().runcRoot().resolve(r.name))) {
                rt.runc().deleteForce(r.name);
            }
            Mounts.unmount(rootfs);
        }
        removeCgroupDirs(cgroupsPath);
        Mounts.mountOverlay(rt.templates().rootfs(r.template), rt.dir(r.name).resolve("upper"),
                rt.dir(r.name).resolve("work"), rootfs);
        if (!prepared) {
            rt.attachNetworkClosed(r);
        }
    }

    private static void removeCgroupDirs(String cgroupsPath) {
        for (Path d : cgroupDirs(cgroupsPath)) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                throw RuntimeError.failure("cannot remove cgroup " + d + " (processes left in it?): " + e.getMessage(), e);
            }
        }
    }

    /**
     * {@code criu lazy-pages}: must listen (on its socket in the image directory) before the
     * restore starts. It exits once every page is in.
     */
    private static Process startLazyDaemon(String name, Path images, LazyPages lazy) {
        List<String> argv = Criu.lazyPagesArgv(images, lazy.local() ? null : lazy.address(), lazy.port());
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw RuntimeError.failure("cannot run " + Criu.binary() + " lazy-pages: " + e.getMessage(), e);
        }
        if (!LazySource.awaitReady(p)) {
            p.destroyForcibly();
            throw RuntimeError.failure("criu lazy-pages for " + name + " did not come up: "
                    + Criu.logErrors(images.resolve("lazy-pages.log"), new Cmd.Result(-1, "", "", false)));
        }
        return p;
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
        removeCgroupDirs(cgroupsPath);
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

    /**
     * The transferred upper layer becomes the container's: renamed where the directory is on the
     * same file system (the migration's upload is, and is deleted afterwards anyway), so the
     * frozen time does not grow with the layer; copied otherwise.
     */
    private static void takeLayer(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Cmd.check(Duration.ofMinutes(30), "cp", "-a", from.toString(), to.toString());
        }
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
                boolean exists = Files.isRegularFile(rt.dir(name).resolve(ContainerRecord.FILE));
                // Our own files (an agent's uploads) are linked, not copied: nobody rewrites them in
                // place, and a migration's destination copied every memory page once more for
                // nothing while the container ran nowhere (~0.3 s per 256 MiB here).
                boolean link = src.startsWith(rt.config().stateDir().toAbsolutePath());
                // a new container gets the file before it appears; an existing one now
                ensureContainer(exists ? null : fromArchive(src, m), m, src.toString(), dir -> copyIn(src, dir, m, link));
                return copyIn(src, rt.dir(name), m, link);
            });
        }
    }

    /**
     * The container the checkpoint {@code m} belongs to, created (stopped) from {@code record} when
     * this host lacks it, with {@code fill} run on its directory before it appears. CONFLICT when
     * the name is another container's here or the address is taken; returns the name.
     */
    private String ensureContainer(ContainerRecord record, CheckpointMeta m, String what,
                                   java.util.function.Consumer<Path> fill) {
        String name = Names.label("container", m.container);
        synchronized (rt.registry()) {
            return rt.locked(name, () -> {
                Path cdir = rt.dir(name);
                if (Files.isRegularFile(cdir.resolve(ContainerRecord.FILE))) {
                    ContainerRecord r = rt.load(name);
                    if (!r.uuid.equals(m.uuid)) {
                        throw RuntimeError.conflict("container " + name + " exists here as another container (" + r.uuid + ")");
                    }
                    return name;
                }
                if (record == null || !m.uuid.equals(record.uuid) || !m.container.equals(record.name)) {
                    throw RuntimeError.invalid(what + ": container record missing or not matching the checkpoint");
                }
                ContainerRecord r = record;
                r.initPid = 0;
                r.initStartTime = 0;
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
                    if (fill != null) {
                        fill.accept(tmp);
                    }
                    Files.move(tmp, cdir);
                    Fs.fsyncDir(rt.containersDir());
                    ok = true;
                } catch (IOException e) {
                    throw RuntimeError.failure("cannot take in container " + name + " from " + what + ": " + e.getMessage(), e);
                } finally {
                    if (!ok) {
                        Fs.deleteTree(tmp);
                    }
                }
                LOG.info("took in container {} from {}", name, what);
                return name;
            });
        }
    }

    private static ContainerRecord fromArchive(Path src, CheckpointMeta m) {
        String json = Archive.read(src, ContainerRecord.FILE);
        return json == null ? null : new com.google.gson.Gson().fromJson(json, ContainerRecord.class);
    }

    /**
     * Copies (fsync, rename) the file into the container's checkpoints; with {@code link}, a hard
     * link stands for the copy where the file system allows one.
     */
    private static Checkpoint copyIn(Path src, Path cdir, CheckpointMeta m, boolean link) {
        Path ckdir = cdir.resolve(Checkpoints.DIR);
        Fs.mkdirs(ckdir);
        Path target = ckdir.resolve(m.id + Checkpoints.SUFFIX);
        if (src.equals(target)) {
            return Checkpoints.describe(target);
        }
        if (Files.exists(target)) {
            // the same file again (a retried transfer) is taken as done; another one is a conflict
            try {
                if (Files.size(target) == Files.size(src)) {
                    return Checkpoints.describe(target);
                }
            } catch (IOException e) {
                throw RuntimeError.failure("cannot compare " + src + " with " + target + ": " + e.getMessage(), e);
            }
            throw RuntimeError.conflict("container " + m.container + " already has another checkpoint " + m.id);
        }
        Path tmp = ckdir.resolve("." + m.id + Checkpoints.SUFFIX + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            if (!(link && linked(src, tmp))) {
                Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
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

    /** A hard link {@code to} -> {@code from}; false where there can be none (another file system). */
    private static boolean linked(Path from, Path to) {
        try {
            Files.createLink(to, from);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Made at use: the runtime builds this class before its configuration is set. */
    private Trash trash() {
        return new Trash(rt.config().stateDir());
    }
}
