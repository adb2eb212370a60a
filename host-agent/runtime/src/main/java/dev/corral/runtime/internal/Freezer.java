package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * A container's cgroup freezer (v1 freezer.state, v2 cgroup.freeze). We freeze before calling CRIU
 * rather than letting it do so: CRIU polls the freezer in 100 ms steps, so a container that
 * freezes in a millisecond would still cost a tenth of a second of frozen time. Given an already
 * frozen cgroup CRIU goes straight to seizing its tasks, and leaves the cgroup frozen afterwards.
 */
public final class Freezer {

    private final Path dir;
    private final boolean v2;

    private Freezer(Path dir, boolean v2) {
        this.dir = dir;
        this.v2 = v2;
    }

    /** The freezer of the cgroup at {@code cgroupsPath} (e.g. /corral-a1/web). */
    public static Freezer of(String cgroupsPath) {
        String rel = cgroupsPath.startsWith("/") ? cgroupsPath.substring(1) : cgroupsPath;
        return Cgroups.unified()
                ? new Freezer(Cgroups.ROOT.resolve(rel), true)
                : new Freezer(Cgroups.ROOT.resolve("freezer").resolve(rel), false);
    }

    /** The directory CRIU's --freeze-cgroup wants. */
    public Path dir() {
        return dir;
    }

    public boolean frozen() {
        if (v2) {
            String events = Fs.readOrNull(dir.resolve("cgroup.events"));
            return events != null && events.contains("frozen 1");
        }
        return "FROZEN".equals(Fs.readOrNull(dir.resolve("freezer.state")));
    }

    /**
     * Freezes and waits, polling every half millisecond, until every task is frozen. On v1 a
     * cgroup can stick in FREEZING (a task in an uninterruptible sleep): the request is repeated,
     * and after {@code timeoutMillis} the cgroup is thawed again and this fails.
     */
    public void freeze(long timeoutMillis) {
        write(true);
        long start = System.nanoTime();
        long deadline = start + timeoutMillis * 1_000_000;
        long lastRequest = start;
        while (!frozen()) {
            long now = System.nanoTime();
            if (now - deadline > 0) {
                thaw();
                throw RuntimeError.failure("cannot freeze " + dir + " within " + timeoutMillis + " ms"
                        + " (a process in uninterruptible sleep, e.g. on a hung mount?)");
            }
            if (!v2 && now - lastRequest > 50_000_000) {
                write(true);
                lastRequest = now;
            }
            LockSupport.parkNanos(500_000);
        }
    }

    public void thaw() {
        if (Files.isDirectory(dir)) {
            write(false);
        }
    }

    private void write(boolean freeze) {
        Path f = dir.resolve(v2 ? "cgroup.freeze" : "freezer.state");
        String value = v2 ? (freeze ? "1" : "0") : (freeze ? "FROZEN" : "THAWED");
        try {
            Files.writeString(f, value);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot write " + value + " to " + f + ": " + e.getMessage(), e);
        }
    }
}
