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
     * The destination keeps the container for good: it dies here, stopped (never thawed, which
     * would run it twice). CRIU still serving here is given {@code timeout} to end, then killed.
     */
    public synchronized ContainerInfo release(Duration timeout) {
        return rt.locked(record.name, () -> {
            if (done) {
                throw RuntimeError.conflict("the held dump of " + record.name + " is over");
            }
            done = true;
            endCriu(timeout);
            checkpoints.killFrozen(record, freezer);
            Fs.deleteTree(work);
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
            done = true;
            stopCriu();
            RuntimeError cause = RuntimeError.failure("held dump of " + record.name + " aborted");
            checkpoints.rollBack(record, freezer, Net.netnsPath(rt.netnsName(record.name)), true, cause);
            Fs.deleteTree(work);
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
        done = true;
    }

    /** At release: CRIU, if it still runs here, ends (waited for up to {@code timeout}, then killed). */
    abstract void endCriu(Duration timeout);

    /** At abort: CRIU, if it still runs here, is stopped before the thaw. */
    abstract void stopCriu();
}
