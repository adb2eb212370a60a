package dev.corral.runtime;

import com.google.gson.Gson;
import dev.corral.runtime.internal.Archive;
import dev.corral.runtime.internal.CheckpointMeta;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.RuncState;
import dev.corral.runtime.internal.Trash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Restores a container from a checkpoint file with CRIU, and imports checkpoint files made on
 * other hosts. The host side (overlay mount, network namespace with the same address and MAC,
 * locked) is rebuilt first; CRIU re-creates the cgroups with the dumped limits; runc is then told
 * about the new init ({@link RuncState}) so exec works as on any container. A failed restore
 * leaves nothing behind but the stopped container and its intact checkpoint.
 * <p>
 * This class finds the checkpoint and handles the upper layer around the restore; the run itself
 * is {@link CriuRestore}'s, the host's side {@link RestoreHost}'s, the import
 * {@link CheckpointImport}'s.
 */
final class Restorer {

    private static final Logger LOG = LoggerFactory.getLogger(Restorer.class);

    private final ContainerRuntime rt;
    private final Checkpoints checkpoints;
    private final LazyDaemons lazyDaemons = new LazyDaemons();
    private final CriuRestore criu;
    private final CheckpointImport imports;

    Restorer(ContainerRuntime rt, Checkpoints checkpoints) {
        this.rt = rt;
        this.checkpoints = checkpoints;
        this.criu = new CriuRestore(rt, new RestoreHost(rt), lazyDaemons);
        this.imports = new CheckpointImport(rt);
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
            clearLeftovers(cdir);
            Path work = cdir.resolve(".ckpt-restore-" + ckId);
            Fs.mkdirs(work);
            boolean keepWork = false;
            try {
                long t0 = System.nanoTime();
                List<String> members = new ArrayList<>(List.of("images", Checkpoints.RUNC_STATE, Checkpoints.OCI_SPEC));
                if (m.includesRootfs) {
                    members.add("upper");
                }
                Archive.extract(file, work, members);
                long unpacked = System.nanoTime();
                if (m.includesRootfs) {
                    UpperBackup.setAside(cdir);
                    UpperBackup.move(work.resolve("upper"), cdir.resolve("upper"));
                }
                CriuRestore.Done done = criu.run(r, m, work, lazy);
                UpperBackup.settle(cdir, true);
                LOG.info("restored {} from checkpoint {} (init pid {}; unpack {} ms, host side {} ms, criu {} ms,"
                        + " thaw+open {} ms, bookkeeping {} ms{})", name, ckId, r.initPid, (unpacked - t0) / 1_000_000,
                        done.hostMillis(), done.criuMillis(), done.thawMillis(), done.bookkeepingMillis(),
                        lazy == null ? "" : ", memory follows lazily");
                if (done.daemon() != null) {
                    // the daemon still reads the page images from here
                    done.daemon().onExit().thenRun(() -> deleteQuietly(work));
                    keepWork = true;
                }
                return rt.info(r);
            } catch (RuntimeException e) {
                throw UpperBackup.putBackAfter(cdir, e);
            } finally {
                if (!keepWork) {
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
    ContainerInfo restoreDirectory(Path dir, LazyPages lazy, LongConsumer runningAt) {
        Path d = dir.toAbsolutePath();
        String json = Fs.readOrNull(d.resolve(CheckpointMeta.FILE));
        if (json == null) {
            throw RuntimeError.notFound(d + " holds no checkpoint (" + CheckpointMeta.FILE + ")");
        }
        CheckpointMeta m = CheckpointMeta.parse(json, d.toString());
        String recordJson = Fs.readOrNull(d.resolve(ContainerRecord.FILE));
        ContainerRecord fromDir = recordJson == null ? null : new Gson().fromJson(recordJson, ContainerRecord.class);
        String name = imports.ensureContainer(fromDir, m, d.toString(), null);
        return rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            if (rt.running(r)) {
                throw RuntimeError.conflict("container " + name + " is running");
            }
            if (!rt.templates().exists(r.template)) {
                throw RuntimeError.failure("template " + r.template + " of container " + name + " is gone");
            }
            Path cdir = rt.dir(name);
            clearLeftovers(cdir);
            try {
                if (m.includesRootfs && Files.isDirectory(d.resolve("upper"))) {
                    UpperBackup.setAside(cdir);
                    UpperBackup.takeLayer(d.resolve("upper"), cdir.resolve("upper"));
                }
                CriuRestore.Done done = criu.run(r, m, d, lazy);
                runningAt.accept(done.runningAt());
                UpperBackup.settle(cdir, true);
                LOG.info("restored {} from {} (init pid {}; host side {} ms, criu {} ms, thaw+open {} ms, bookkeeping {} ms{})",
                        name, d, r.initPid, done.hostMillis(), done.criuMillis(), done.thawMillis(),
                        done.bookkeepingMillis(), lazy == null ? "" : ", memory follows lazily");
                return rt.info(r);
            } catch (RuntimeException e) {
                throw UpperBackup.putBackAfter(cdir, e);
            }
        });
    }

    /** See {@link CheckpointImport#importFile}. */
    Checkpoint importFile(Path file) {
        return imports.importFile(file);
    }

    /**
     * After a lazy restore: waits until the lazy-pages daemon has fetched all of the container's
     * memory and exited. True when it did so cleanly (or there is none).
     */
    boolean awaitLazyPages(String name, Duration timeout) {
        return lazyDaemons.await(name, timeout);
    }

    /**
     * CONFLICT while a lazy-pages daemon still pages memory into the container: not all of its
     * memory is here yet, so it cannot be dumped.
     */
    void refuseWhileLazy(String name) {
        if (lazyDaemons.pending(name)) {
            throw RuntimeError.conflict("container " + name + " is still paging in its memory after a lazy restore");
        }
    }

    /**
     * Kept under this name for the callers outside the restore (the checkpoint dumps); the logic
     * is {@link UpperBackup#settle}.
     */
    static void settleUpperBackup(Path cdir, boolean restored) {
        UpperBackup.settle(cdir, restored);
    }

    /** Kept under this name for {@link Precheck}; see {@link RestoreHost#cgroupDirs}. */
    static List<Path> cgroupDirs(String cgroupsPath) {
        return RestoreHost.cgroupDirs(cgroupsPath);
    }

    /** What an interrupted restore or checkpoint left: the old upper layer back, work directories gone. */
    private static void clearLeftovers(Path cdir) {
        UpperBackup.settle(cdir, false);
        Checkpoints.removeDebris(cdir);
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

    /** Made at use: the runtime builds this class before its configuration is set. */
    private Trash trash() {
        return new Trash(rt.config().stateDir());
    }
}
