package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Freezer;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Net;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running container dumped for a migration and held frozen here, behind its network lock,
 * until the destination has taken it over ({@link #release}: it dies here) or the migration gives
 * up ({@link #abort}: it thaws and goes on here as if nothing happened). Holding the frozen
 * processes instead of killing them makes a roll-back a thaw, not a restore.
 *
 * <p>{@link #directory()} holds the checkpoint as a migration sends it (CRIU's images in
 * {@code images/}, the records beside them); the upper layer is not copied into it but sent from
 * {@link #upperLayer()}, which cannot change while the container is frozen. Until one of
 * release/abort returns, leave the container alone: the runtime's lock on it is not held across
 * these calls.
 */
public abstract class FrozenDump implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FrozenDump.class);

    final ContainerRuntime rt;
    final Checkpoints checkpoints;
    final ContainerRecord record;
    final Path work;
    final Freezer freezer;
    private final Path upper;
    private final long frozenAt;
    private final long dumpMillis;
    private boolean done;
    /** What a crash must leave of this copy, as written to the container's directory; null until something is worth writing. */
    private HeldMigration marker;

    FrozenDump(ContainerRuntime rt, Checkpoints checkpoints, ContainerRecord record, Path work, Path upper,
               long frozenAt, long dumpMillis) {
        this.rt = rt;
        this.checkpoints = checkpoints;
        this.record = record;
        this.work = work;
        this.upper = upper;
        this.frozenAt = frozenAt;
        this.dumpMillis = dumpMillis;
        this.freezer = Freezer.of(rt.cgroupsPathOf(record.name));
        rt.migrations().heldDumps().holding(record.name);
    }

    /** The checkpoint as a migration sends it, but the upper layer. */
    public Path directory() {
        return work;
    }

    /** The container's upper layer, to be sent as {@code upper/} beside {@link #directory()}; null when left out. */
    public Path upperLayer() {
        return upper;
    }

    /** From freezing to the images being written. */
    public long dumpMillis() {
        return dumpMillis;
    }

    /** Milliseconds since the container was frozen for this dump. */
    public long frozenMillis() {
        return (System.nanoTime() - frozenAt) / 1_000_000;
    }

    /**
     * Recorded before this host stops claiming the container's address for the destination
     * ({@link ContainerNetwork#withdraw}): a thaw, by {@link #abort} or at the next start after a
     * crash, then claims it again.
     */
    public void addressWithdrawn() {
        mark(m -> m.withdrawn());
    }

    /**
     * Recorded before the destination is asked to commit: from then on the destination may run
     * the container, so a crash of this agent leaves the copy here frozen (not thawed at the next
     * start) until {@link Migrations#resolveMigration} says where it runs.
     */
    public void committing() {
        mark(m -> m.with(HeldMigration.Phase.COMMITTING));
    }

    /**
     * Recorded once the destination has committed: the container is the destination's, so a
     * crash before {@link #release} ends the copy here at the next start (killed, destroyed).
     */
    public void committed() {
        mark(m -> m.with(HeldMigration.Phase.COMMITTED));
    }

    private synchronized void mark(java.util.function.UnaryOperator<HeldMigration> change) {
        rt.locked(record.name, () -> {
            if (done) {
                throw RuntimeError.conflict("the held dump of " + record.name + " is over");
            }
            HeldMigration next = change.apply(marker == null ? new HeldMigration(HeldMigration.Phase.HELD, false) : marker);
            next.write(rt.dir(record.name));
            marker = next;
            return null;
        });
    }

    /**
     * The destination keeps the container for good: it dies here, stopped (never thawed, which
     * would run it twice). CRIU still serving here is given {@code timeout} to end, then killed.
     */
    public synchronized ContainerInfo release(Duration timeout) {
        return rt.locked(record.name, () -> {
            if (done) {
                throw RuntimeError.conflict("the held dump of " + record.name + " is over");
            }
            finished();
            endCriu(timeout);
            checkpoints.killFrozen(record, freezer);
            Fs.deleteTree(work);
            HeldMigration.delete(rt.dir(record.name));
            LOG.info("held dump of {} handed over: stopped here after {} ms frozen", record.name, frozenMillis());
            return rt.info(record);
        });
    }

    /** Gives up: the container thaws and goes on here. Idempotent. */
    public synchronized ContainerInfo abort() {
        return rt.locked(record.name, () -> {
            if (done) {
                return rt.info(record);
            }
            finished();
            stopCriu();
            RuntimeError cause = RuntimeError.failure("held dump of " + record.name + " aborted");
            checkpoints.rollBack(record, freezer, Net.netnsPath(rt.netnsName(record.name)), true, cause);
            reclaimAddress(cause);
            Fs.deleteTree(work);
            HeldMigration.delete(rt.dir(record.name));
            if (cause.getSuppressed().length > 0) {
                throw cause;
            }
            LOG.info("held dump of {} aborted after {} ms frozen: running here again", record.name, frozenMillis());
            return rt.info(record);
        });
    }

    /** Aborts unless released or aborted before. */
    @Override
    public void close() {
        if (!isDone()) {
            abort();
        }
    }

    synchronized boolean isDone() {
        return done;
    }

    /** Marks it over without touching the container (a subclass ended it otherwise). */
    synchronized void markDone() {
        finished();
    }

    private void finished() {
        done = true;
        rt.migrations().heldDumps().over(record.name);
    }

    /** After a thaw: claims the address again if it was withdrawn (failures added to {@code cause}). */
    void reclaimAddress(RuntimeError cause) {
        if (marker != null && marker.withdrawn) {
            try {
                rt.network().open(record.name);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** At release: CRIU, if it still runs here, ends (waited for up to {@code timeout}, then killed). */
    abstract void endCriu(Duration timeout);

    /** At abort: CRIU, if it still runs here, is stopped before the thaw. */
    abstract void stopCriu();
}
