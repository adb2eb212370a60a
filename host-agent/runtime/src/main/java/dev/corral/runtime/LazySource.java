package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
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
 * {@code criu lazy-pages} daemon. Hand {@link #directory()} (everything but the memory) and
 * {@link #upperLayer()} to the destination, which restores them with
 * {@link Migrations#restoreDirectory}; then {@link #release} once the destination has all
 * of the memory, or {@link #abort} to take the container back here (see {@link FrozenDump}).
 */
public final class LazySource extends FrozenDump {

    private static final Logger LOG = LoggerFactory.getLogger(LazySource.class);

    private final Process criu;
    private final String address;
    private final int port;
    /** What CRIU had written (images, logs) when it began serving: not memory sent. */
    private final long writtenBeforeServing;

    LazySource(ContainerRuntime rt, Checkpoints checkpoints, ContainerRecord record, Process criu, Path work, Path upper,
               String address, int port, long frozenAt, long dumpMillis) {
        super(rt, checkpoints, record, work, upper, frozenAt, dumpMillis);
        this.criu = criu;
        this.address = address;
        this.port = port;
        this.writtenBeforeServing = written();
    }

    public String address() {
        return address;
    }

    public int port() {
        return port;
    }

    public boolean serving() {
        return criu.isAlive();
    }

    /**
     * Roughly the memory the page server has sent so far: what CRIU wrote since it began serving
     * (its sockets count, its few log lines too). 0 once CRIU has exited.
     */
    public long bytesServed() {
        long now = written();
        return now < 0 ? 0 : Math.max(0, now - writtenBeforeServing);
    }

    /** Waits up to {@code timeout} for the page server to end: true when it has. */
    public boolean awaitServed(Duration timeout) {
        return waitFor(timeout);
    }

    @Override
    void endCriu(Duration timeout) {
        if (!waitFor(timeout)) {
            LOG.warn("page server of {} still runs though the destination has all memory: killing it", record.name);
            criu.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
    }

    @Override
    void stopCriu() {
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
    }

    /** Bytes CRIU has written, sockets included (wchar of /proc/PID/io); -1 once it is gone. */
    private long written() {
        String io = readProc(Path.of("/proc", Long.toString(criu.pid()), "io"));
        if (io == null || !criu.isAlive()) {
            return -1;
        }
        for (String line : io.split("\n")) {
            if (line.startsWith("wchar:")) {
                try {
                    return Long.parseLong(line.substring(6).strip());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * Waits until the destination has taken all the memory, then ends the container here (it runs
     * on the destination now). On failure (CRIU reports the transfer failed) the container is
     * thawed and goes on here.
     */
    public synchronized ContainerInfo finish(Duration timeout) {
        return rt.locked(record.name, () -> {
            if (isDone()) {
                throw RuntimeError.conflict("lazy checkpoint of " + record.name + " is over");
            }
            boolean exited = waitFor(timeout);
            int rc = exited ? criu.exitValue() : -1;
            markDone();
            if (!exited || rc != 0) {
                criu.destroyForcibly();
                RuntimeError e = RuntimeError.failure("lazy pages transfer of " + record.name + " "
                        + (exited ? "failed: " + dev.corral.runtime.internal.Criu.logErrors(work.resolve("images/dump.log"),
                        new dev.corral.runtime.internal.Cmd.Result(rc, "", "", false)) : "did not end within " + timeout));
                checkpoints.rollBack(record, freezer, netns(), true, e);
                reclaimAddress(e);
                Fs.deleteTree(work);
                HeldMigration.delete(rt.dir(record.name));
                throw e;
            }
            checkpoints.killFrozen(record, freezer);
            Fs.deleteTree(work);
            HeldMigration.delete(rt.dir(record.name));
            LOG.info("lazy checkpoint of {} done: all memory sent, stopped here after {} ms frozen", record.name,
                    frozenMillis());
            return rt.info(record);
        });
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

    /** What CRIU's page server sizes its read pipe to (PIPE_MAX_SIZE pages of 4 KiB, criu/page-pipe.h). */
    static final long PAGE_SERVER_PIPE = 819L * 4096;
    private static final int CAP_SYS_RESOURCE = 24;

    /**
     * Lets CRIU's page server size its pipe: without CAP_SYS_RESOURCE (some VMs deny it even to
     * root) a pipe may not grow beyond {@code fs.pipe-max-size}, 1 MiB by default, and CRIU 4.2's
     * page server then fails its first lazy request ("splice: -1: Bad file descriptor": the
     * failed resize is not checked and its sink is never opened). Raises the limit to what CRIU
     * asks when needed; a no-op where CRIU may exceed it anyway.
     */
    public static void allowPageServerPipes() {
        Path limit = Path.of("/proc/sys/fs/pipe-max-size");
        String now = readProc(limit);
        if (now == null || Long.parseLong(now.strip()) >= PAGE_SERVER_PIPE || hasCapability(CAP_SYS_RESOURCE)) {
            return;
        }
        try {
            java.nio.file.Files.writeString(limit, Long.toString(PAGE_SERVER_PIPE));
            LOG.info("raised fs.pipe-max-size from {} to {} for CRIU's page server (no CAP_SYS_RESOURCE here)",
                    now.strip(), PAGE_SERVER_PIPE);
        } catch (IOException e) {
            throw RuntimeError.failure("CRIU's page server needs fs.pipe-max-size >= " + PAGE_SERVER_PIPE
                    + " on a host without CAP_SYS_RESOURCE, and it cannot be raised: " + e.getMessage(), e);
        }
    }

    /** A /proc file in full: Files.readString returns only the first byte of a sysctl file. */
    private static String readProc(Path p) {
        try (InputStream in = java.nio.file.Files.newInputStream(p)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean hasCapability(int cap) {
        String status = readProc(Path.of("/proc/self/status"));
        if (status == null) {
            return false;
        }
        for (String line : status.split("\n")) {
            if (line.startsWith("CapEff:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << cap)) != 0;
            }
        }
        return false;
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
