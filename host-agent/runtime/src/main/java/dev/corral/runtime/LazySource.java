package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Freezer;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Net;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The source side of a post-copy migration: the container is frozen behind its network lock and
 * dumped without its memory ({@code criu dump --lazy-pages --leave-running}); CRIU then serves the
 * memory from a page server on {@link #address()}:{@link #port()} to the destination's
 * {@code criu lazy-pages} daemon. Hand {@link #directory()} (everything but the memory) to the
 * destination, which restores it with {@link ContainerRuntime#restoreDirectory}; then
 * {@link #finish} once the destination runs (the source's processes die, the container here is
 * stopped), or {@link #abort} before it does (the container thaws and goes on here).
 *
 * <p>Until one of them returns, leave the container alone: the runtime's lock on it is not held
 * across these calls.
 */
public final class LazySource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LazySource.class);

    private final ContainerRuntime rt;
    private final Checkpoints checkpoints;
    private final ContainerRecord record;
    private final Process criu;
    private final Path work;
    private final String address;
    private final int port;
    private final long frozenAt;
    private final long dumpMillis;
    private final Freezer freezer;
    private boolean done;

    LazySource(ContainerRuntime rt, Checkpoints checkpoints, ContainerRecord record, Process criu, Path work,
               String address, int port, long frozenAt, long dumpMillis) {
        this.rt = rt;
        this.checkpoints = checkpoints;
        this.record = record;
        this.criu = criu;
        this.work = work;
        this.address = address;
        this.port = port;
        this.frozenAt = frozenAt;
        this.dumpMillis = dumpMillis;
        this.freezer = Freezer.of(rt.cgroupsPathOf(record.name));
    }

    /** The checkpoint without its memory, laid out as in a checkpoint file. */
    public Path directory() {
        return work;
    }

    public String address() {
        return address;
    }

    public int port() {
        return port;
    }

    /** From freezing to the images (but the memory) being written. */
    public long dumpMillis() {
        return dumpMillis;
    }

    public boolean serving() {
        return criu.isAlive();
    }

    /**
     * Waits until the destination has taken all the memory, then ends the container here (it runs
     * on the destination now). On failure (CRIU reports the transfer failed) the container is
     * thawed and goes on here.
     */
    public synchronized ContainerInfo finish(Duration timeout) {
        return rt.locked(record.name, () -> {
            if (done) {
                throw RuntimeError.conflict("lazy checkpoint of " + record.name + " is over");
            }
            boolean exited = waitFor(timeout);
            int rc = exited ? criu.exitValue() : -1;
            done = true;
            if (!exited || rc != 0) {
                criu.destroyForcibly();
                RuntimeError e = RuntimeError.failure("lazy pages transfer of " + record.name + " "
                        + (exited ? "failed: " + dev.corral.runtime.internal.Criu.logErrors(work.resolve("images/dump.log"),
                        new dev.corral.runtime.internal.Cmd.Result(rc, "", "", false)) : "did not end within " + timeout));
                checkpoints.rollBack(record, freezer, netns(), true, e);
                Fs.deleteTree(work);
                throw e;
            }
            checkpoints.killFrozen(record, freezer);
            Fs.deleteTree(work);
            LOG.info("lazy checkpoint of {} done: all memory sent, stopped here after {} ms frozen", record.name,
                    (System.nanoTime() - frozenAt) / 1_000_000);
            return rt.info(record);
        });
    }

    /**
     * Gives up before the destination runs: CRIU's page server is told there is nothing to fetch,
     * and the container thaws and goes on here as if nothing happened.
     */
    public synchronized ContainerInfo abort() {
        return rt.locked(record.name, () -> {
            if (done) {
                return rt.info(record);
            }
            done = true;
            if (criu.isAlive()) {
                // A page server whose client hangs up at once ends "successfully": with
                // --leave-running its tasks stay alive (and frozen, by us).
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(address, port), 2000);
                } catch (IOException e) {
                    LOG.warn("cannot reach the page server of {} to end it: {}", record.name, e.getMessage());
                }
                if (!waitFor(Duration.ofSeconds(30))) {
                    criu.destroyForcibly();
                }
            }
            RuntimeError cause = RuntimeError.failure("lazy checkpoint of " + record.name + " aborted");
            checkpoints.rollBack(record, freezer, netns(), true, cause);
            Fs.deleteTree(work);
            if (cause.getSuppressed().length > 0) {
                throw cause;
            }
            LOG.info("lazy checkpoint of {} aborted: running here again", record.name);
            return rt.info(record);
        });
    }

    /** Aborts unless finished. */
    @Override
    public void close() {
        if (!done) {
            abort();
        }
    }

    private Path netns() {
        return Net.netnsPath(rt.netnsName(record.name));
    }

    private boolean waitFor(Duration timeout) {
        try {
            return criu.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads CRIU's readiness byte (--status-fd): false when it exited instead. */
    static boolean awaitReady(Process p) {
        try (InputStream in = p.getInputStream()) {
            return in.read() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
