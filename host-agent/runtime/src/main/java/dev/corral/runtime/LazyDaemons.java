package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Criu;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@code criu lazy-pages} daemons of lazy restores (post-copy), by container. They outlive
 * the restore that started them, feeding the container's memory in while it runs, so somebody
 * must remember them for {@link Migrations#awaitLazyPages}, and so that a checkpoint
 * is refused while the memory is still coming in.
 */
final class LazyDaemons {

    private final ConcurrentHashMap<String, Process> daemons = new ConcurrentHashMap<>();

    /**
     * {@code criu lazy-pages}: must listen (on its socket in the image directory) before the
     * restore starts. It exits once every page is in.
     */
    static Process start(String name, Path images, LazyPages lazy) {
        List<String> argv = Criu.lazyPagesArgv(images, lazy.local() ? null : lazy.address(), lazy.port());
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
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

    /** The daemon now feeds {@code name}, restored. */
    void add(String name, Process daemon) {
        daemons.put(name, daemon);
    }

    /**
     * Waits until the daemon of {@code name} has fetched all of the container's memory and
     * exited. True when it did so cleanly (or there is none).
     */
    boolean await(String name, Duration timeout) {
        Process p = daemons.get(name);
        if (p == null) {
            return true;
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        daemons.remove(name, p);
        return p.exitValue() == 0;
    }

    /** A daemon is still paging memory into the container. */
    boolean pending(String name) {
        Process p = daemons.get(name);
        return p != null && p.isAlive();
    }
}
