package dev.corral.runtime;

import dev.corral.runtime.internal.Criu;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.SocketChild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The destination side of a stop-and-copy migration's memory: {@code criu page-server} writing
 * the pages a source's {@code criu dump --page-server} sends into {@link #directory()}, over a
 * {@link PageSocket} whose other end the caller's relay feeds. It takes one dump and exits;
 * {@link #await} says whether all arrived, and {@link #moveInto} puts the page images beside the
 * rest of the checkpoint's images.
 */
public final class PageSink implements AutoCloseable {

    private static final String LOG_FILE = "page-server.log";
    private static final String OUTPUT = "page-server.out";

    private final Path dir;
    private final SocketChild criu;

    private PageSink(Path dir, SocketChild criu) {
        this.dir = dir;
        this.criu = criu;
    }

    /** Starts a page server writing into {@code dir} (made empty first), taking the pages from {@code socket}. */
    public static PageSink start(Path dir, PageSocket socket) {
        Fs.deleteTree(dir);
        Fs.mkdirs(dir);
        SocketChild p = SocketChild.start(Criu.pageServerArgv(dir, LOG_FILE), socket.criuEnd(), dir.resolve(OUTPUT));
        socket.releaseCriuEnd();
        return new PageSink(dir, p);
    }

    public Path directory() {
        return dir;
    }

    /** Waits for the dump to end: true when all pages arrived (CRIU exited 0). */
    public boolean await(Duration timeout) {
        try {
            return criu.waitFor(timeout) && criu.exitCode() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What went wrong, from CRIU's log. */
    public String errors() {
        String out = Fs.readOrNull(dir.resolve(OUTPUT));
        return Criu.logErrors(dir.resolve(LOG_FILE), new dev.corral.runtime.internal.Cmd.Result(
                criu.exitCode(), "", out == null ? "" : out, false));
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
        criu.kill();
        Fs.deleteTree(dir);
    }
}
