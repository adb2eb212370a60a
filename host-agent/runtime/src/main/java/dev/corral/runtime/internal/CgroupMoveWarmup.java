package dev.corral.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts early the kernel wait that `runc run` would otherwise pay in full while we wait for it.
 *
 * <p>Moving a process into a cgroup takes the kernel's global thread-group lock for writing, and
 * the first writer after a quiet spell waits for an RCU grace period before it gets it (the lock
 * is made cheap for the forks and exits that read it, and dear for writers). Writers that come
 * while that grace period runs, or within about one grace period after the last writer, share it
 * and pass at once. Measured here: runc's first write to a {@code cgroup.procs} took 6-20 ms
 * (median ~12 ms) of a 17-30 ms `runc run -d` after a quiet spell, 0.05 ms right after another
 * move.
 *
 * <p>{@link #run} moves the calling thread into the cgroup it is already in: a move that changes
 * nothing but takes the lock. {@link #hold} repeats it every few milliseconds until closed, so the
 * grace period runs while the start does its other work (mount, network, config.json) and the
 * lock stays in its writer-friendly state until runc's move of the init has come and gone, however
 * long that work takes (one move alone keeps it so for only about one grace period). Best effort:
 * any failure is ignored, the start just waits as it used to.
 */
public final class CgroupMoveWarmup {

    private static final Path SELF_CGROUP = Path.of("/proc/thread-self/cgroup");
    /** v1 hierarchies to take, in order: any one does (the lock is global); pids and freezer hold no limits of ours. */
    private static final List<String> V1_PREFERRED = List.of("pids", "freezer", "cpuacct", "devices");

    private CgroupMoveWarmup() {
    }

    /** How often {@link #hold} repeats the move: well inside one grace period (>= 3 jiffies). */
    private static final long HOLD_INTERVAL_MS = 2;
    /** A hold that nobody closes (a stuck runc) stops by itself after this long. */
    private static final long HOLD_LIMIT_MS = 10_000;

    /** Blocks for up to one grace period (milliseconds); call it on a thread that may wait. */
    public static void run() {
        Target t = checkedTarget();
        if (t != null) {
            move(t);
        }
    }

    /**
     * Runs the move on {@code executor} again and again until the returned handle is closed
     * (close it once runc has started the init). Never throws.
     */
    public static AutoCloseable hold(ExecutorService executor) {
        AtomicBoolean done = new AtomicBoolean();
        try {
            executor.submit(() -> {
                // checked once: the thread stays where it is for the few tens of ms of a start
                Target t = checkedTarget();
                long end = System.nanoTime() + HOLD_LIMIT_MS * 1_000_000;
                while (t != null && !done.get() && System.nanoTime() < end) {
                    move(t);
                    LockSupport.parkNanos(HOLD_INTERVAL_MS * 1_000_000);
                }
            });
        } catch (RejectedExecutionException ignored) {
            // shutting down: nothing to warm
        }
        return () -> done.set(true);
    }

    /**
     * The calling thread's own cgroup file to move it into, or null. Only a move into the cgroup
     * the thread is already in changes nothing. In the host's cgroup namespace the path read from
     * /proc is the one under /sys/fs/cgroup; elsewhere (or when we cannot tell) it might name
     * another cgroup, so then the thread must be listed there.
     */
    private static Target checkedTarget() {
        try {
            Target t = target(Files.readString(SELF_CGROUP), threadId());
            return t != null && (sameCgroupNamespaceAsInit() || Files.readAllLines(t.file()).contains(t.id())) ? t : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void move(Target t) {
        try {
            Files.write(t.file(), t.id().getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException ignored) {
            // best effort: without it runc waits for the grace period itself
        }
    }

    /** False when it cannot tell (PID 1's namespaces may be closed to us, as on our test VMs). */
    private static boolean sameCgroupNamespaceAsInit() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/cgroup"))
                    .equals(Files.readSymbolicLink(Path.of("/proc/1/ns/cgroup")));
        } catch (IOException e) {
            return false;
        }
    }

    record Target(Path file, String id) {
    }

    /**
     * v1: the thread into its own cgroup's {@code tasks} (a single thread; an explicit id, as
     * "0" would skip the global lock). v2: the process into its own {@code cgroup.procs}.
     */
    static Target target(String procCgroup, String tid) {
        String[] lines = procCgroup.split("\n");
        for (String controller : V1_PREFERRED) {
            for (String line : lines) {
                String[] f = line.split(":", 3);
                if (f.length == 3 && List.of(f[1].split(",")).contains(controller)) {
                    Path dir = Cgroups.ROOT.resolve(controller).resolve(f[2].substring(1));
                    return Files.isRegularFile(dir.resolve("tasks")) ? new Target(dir.resolve("tasks"), tid) : null;
                }
            }
        }
        for (String line : lines) {
            if (line.startsWith("0::/") && Cgroups.unified()) {
                Path dir = Cgroups.ROOT.resolve(line.substring(4));
                return new Target(dir.resolve("cgroup.procs"), String.valueOf(ProcessHandle.current().pid()));
            }
        }
        return null;
    }

    /** The calling thread's kernel id: /proc/thread-self links to {@code <pid>/task/<tid>}. */
    private static String threadId() throws IOException {
        String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
