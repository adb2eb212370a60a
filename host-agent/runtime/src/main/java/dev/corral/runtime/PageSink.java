package dev.corral.runtime;

import dev.corral.runtime.internal.Criu;
import dev.corral.runtime.internal.Fs;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The destination side of a stop-and-copy migration's memory: {@code criu page-server} on this
 * host's loopback, writing the pages a source's {@code criu dump --page-server} sends into
 * {@link #directory()}. It takes one dump and exits; {@link #await} says whether all arrived, and
 * {@link #moveInto} puts the page images beside the rest of the checkpoint's images.
 */
public final class PageSink implements AutoCloseable {

    private static final String LOG_FILE = "page-server.log";

    private final Path dir;
    private final int port;
    private final Process criu;

    private PageSink(Path dir, int port, Process criu) {
        this.dir = dir;
        this.port = port;
        this.criu = criu;
    }

    /** Starts a page server writing into {@code dir} (made empty first); returns once it listens. */
    public static PageSink start(Path dir) {
        Fs.deleteTree(dir);
        Fs.mkdirs(dir);
        int port = freeLoopbackPort();
        Process p;
        try {
            p = new ProcessBuilder(Criu.pageServerArgv(dir, LOG_FILE, "127.0.0.1", port))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw RuntimeError.failure("cannot run " + Criu.binary() + ": " + e.getMessage(), e);
        }
        PageSink sink = new PageSink(dir, port, p);
        if (!LazySource.awaitReady(p)) {
            sink.close();
            throw RuntimeError.failure("criu page-server did not start: " + sink.errors());
        }
        return sink;
    }

    public Path directory() {
        return dir;
    }

    /** Where it listens, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Waits for the dump to end: true when all pages arrived (CRIU exited 0). */
    public boolean await(Duration timeout) {
        try {
            return criu.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && criu.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What went wrong, from CRIU's log. */
    public String errors() {
        return Criu.logErrors(dir.resolve(LOG_FILE), new dev.corral.runtime.internal.Cmd.Result(
                criu.isAlive() ? -1 : criu.exitValue(), "", "", false));
    }

    /** Moves the page images (renames: same file system) into {@code images}. */
    public void moveInto(Path images) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".img")).toList()) {
                Files.move(p, images.resolve(p.getFileName()));
            }
        } catch (IOException e) {
            throw RuntimeError.failure("cannot move the page images into " + images + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server if it still runs and removes what it wrote. */
    @Override
    public void close() {
        if (criu.isAlive()) {
            criu.destroyForcibly();
            try {
                criu.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Fs.deleteTree(dir);
    }

    private static int freeLoopbackPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw RuntimeError.failure("no free port on loopback: " + e.getMessage(), e);
        }
    }
}
