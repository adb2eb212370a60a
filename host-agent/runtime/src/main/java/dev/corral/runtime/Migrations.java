package dev.corral.runtime;

import dev.corral.runtime.internal.Names;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * What migrations and transfers do with this host's containers, apart from {@link ContainerRuntime}'s
 * plain checkpoint and restore (which {@code corralctl checkpoint|restore} use): dumps that hold the
 * container frozen on the source, restores from a transferred directory or a page server on the
 * destination, and a stopped container's files as one file for a restart migration. Kept apart so
 * the facade stays readable; the locking and the error kinds are the runtime's own.
 */
public final class Migrations {

    private final ContainerRuntime rt;
    private final Restorer restorer;
    private final HeldDumps heldDumps;
    private final StoppedArchive stoppedArchive;

    Migrations(ContainerRuntime rt, Checkpoints checkpoints, Restorer restorer) {
        this.rt = rt;
        this.restorer = restorer;
        this.heldDumps = new HeldDumps(rt, checkpoints);
        this.stoppedArchive = new StoppedArchive(rt);
    }

    // ---- live migration, source side: the container stays frozen here (HeldDumps) ----

    /**
     * The source side of a post-copy migration: freezes and dumps the container but for its
     * memory, which a page server on {@code address:port} then serves to the destination. See
     * {@link LazySource} for how it ends. Options null: keep TCP, leave the root fs out.
     */
    public LazySource startLazyCheckpoint(String name, String address, int port, CheckpointOptions options) {
        restorer.refuseWhileLazy(name);
        return heldDumps.startLazy(name, address, port, options);
    }

    /**
     * The source side of a stop-and-copy migration: freezes and dumps the container, its memory
     * sent as CRIU reads it over {@code pages} (through the caller's relay to the destination's
     * {@link PageSink}), and holds it frozen here: see {@link PushedDump}. Options null: keep TCP,
     * leave the root fs out.
     */
    public PushedDump startPushedCheckpoint(String name, PageSocket pages, CheckpointOptions options) {
        restorer.refuseWhileLazy(name);
        return heldDumps.startPushed(name, pages, options);
    }

    /**
     * Ends a migration whose agent stopped while the destination was being asked to commit (its
     * copy here left frozen at the start, see {@link FrozenDump#committing}): {@code runsHere}
     * thaws it and claims its address again, otherwise (it runs on the destination) it is killed
     * and destroyed here. Answers the container as it is (here) or was (stopped, before its
     * removal). CONFLICT when no such migration waits here or one still runs in this runtime.
     */
    public ContainerInfo resolveMigration(String name, boolean runsHere) {
        return heldDumps.resolve(name, runsHere);
    }

    /**
     * Whether {@code name} was left frozen by a migration whose outcome is unknown and waits for
     * {@link #resolveMigration}: until then nothing else may change it (it may run on the
     * destination, and it must not be lost if it does not).
     */
    public boolean migrationUnresolved(String name) {
        HeldMigration m = HeldMigration.read(rt.dir(Names.label("container", name)));
        return m != null && m.phase == HeldMigration.Phase.COMMITTING && !heldDumps.holds(name);
    }

    HeldDumps heldDumps() {
        return heldDumps;
    }

    // ---- live migration, destination side: restores (Restorer) ----

    /**
     * Restores from a checkpoint laid out as a directory, as a migration transfers it (e.g. a
     * {@link LazySource#directory()}), the memory from {@code lazy} (a source's page server, or
     * the directory's own images) or, with null, from the directory. The container is created
     * here from the directory's record if this host lacks it. The directory stays the caller's.
     */
    public ContainerInfo restoreDirectory(Path checkpointDirectory, LazyPages lazy) {
        return restorer.restoreDirectory(checkpointDirectory, lazy, t -> { });
    }

    /**
     * As {@link #restoreDirectory(Path, LazyPages)}; {@code runningAt} is told the
     * {@link System#nanoTime()} at which the container ran again (thawed, network open), before
     * the bookkeeping that follows: where a migration's frozen time ends.
     */
    public ContainerInfo restoreDirectory(Path checkpointDirectory, LazyPages lazy, LongConsumer runningAt) {
        return restorer.restoreDirectory(checkpointDirectory, lazy, runningAt);
    }

    /**
     * {@link ContainerRuntime#restore(String, String)} post-copy: the processes run again before
     * their memory is read back, which {@link LazyPages#LOCAL} then pages in from the checkpoint as
     * they touch it. The post-copy restore without a second host.
     */
    public ContainerInfo restore(String name, String checkpointId, LazyPages lazy) {
        return restorer.restore(name, checkpointId, lazy);
    }

    /** After a lazy restore: true once all of the container's memory is in (or none was pending). */
    public boolean awaitLazyPages(String name, Duration timeout) {
        return restorer.awaitLazyPages(name, timeout);
    }

    // ---- restart migration: a stopped container's files as one file (StoppedArchive) ----

    /**
     * Packs a stopped container's record and upper layer into {@code target} (written whole or
     * not at all); returns its size. CONFLICT while it runs.
     */
    public long exportStopped(String name, Path target) {
        return stoppedArchive.pack(name, target, true);
    }

    /**
     * As {@link #exportStopped}, with the record alone: for a restart migration that sent the
     * upper layer by itself (copied while the container ran, then its changes).
     */
    public long exportStoppedRecord(String name, Path target) {
        return stoppedArchive.pack(name, target, false);
    }

    /**
     * Creates, stopped, the container an {@link #exportStopped} file holds: same name, uuid, MAC,
     * address, limits and files. INVALID when it holds another container than {@code name};
     * CONFLICT when the name or address is taken here; the template must be here.
     */
    public ContainerInfo importStopped(Path file, String name) {
        return stoppedArchive.unpack(file, name, null);
    }

    /**
     * As {@link #importStopped}, for an {@link #exportStoppedRecord} file: the upper layer is the
     * directory {@code upper}, moved in (copied when it is on another file system).
     */
    public ContainerInfo importStopped(Path file, String name, Path upper) {
        return stoppedArchive.unpack(file, name, upper);
    }
}
