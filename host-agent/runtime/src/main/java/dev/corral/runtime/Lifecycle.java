package dev.corral.runtime;

import dev.corral.runtime.internal.CgroupMoveWarmup;
import dev.corral.runtime.internal.Cgroups;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.HostNetwork;
import dev.corral.runtime.internal.LimitCheck;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.OciSpec;
import dev.corral.runtime.internal.Poll;
import dev.corral.runtime.internal.Procs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starting and stopping a container's init, and releasing what a stopped one holds on the host.
 * Callers hold the container's lock; a failed start leaves nothing behind.
 */
final class Lifecycle {

    // Under the runtime's name: these lines are part of what operators filter on as the runtime's log.
    private static final Logger LOG = LoggerFactory.getLogger(ContainerRuntime.class);

    private final ContainerRuntime rt;
    private final HostNetwork hostNet;
    private final LimitCheck.Host host;
    /** Steps of an operation that run beside its own thread (a start's network set-up). */
    private final ExecutorService background = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "corral-runtime-background");
        t.setDaemon(true);
        return t;
    });

    Lifecycle(ContainerRuntime rt, HostNetwork hostNet, LimitCheck.Host host) {
        this.rt = rt;
        this.hostNet = hostNet;
        this.host = host;
    }

    void start(ContainerRecord r) {
        start(r, null);
    }

    /**
     * @param ahead the clean-up and network of a new container's first start, already under way
     *              ({@link #attachAhead}), or null to do them here; either way this start owns
     *              the network now, and a failed start removes it
     */
    void start(ContainerRecord r, Future<Long> ahead) {
        long t0 = System.nanoTime();
        try {
            if (!rt.templates().exists(r.template)) {
                throw RuntimeError.failure("template " + r.template + " of container " + r.name + " is gone");
            }
            LimitCheck.check(r.limits(), host);
        } catch (RuntimeException e) {
            if (ahead != null) {
                abandon(ahead, r, e);
            }
            throw e;
        }
        // Until runc has moved the init into its cgroups (see CgroupMoveWarmup).
        AutoCloseable warm = CgroupMoveWarmup.hold(background);
        try {
            startWarm(r, t0, ahead);
        } finally {
            close(warm);
        }
    }

    /**
     * Begins a new container's first start on another thread, while its directory is written:
     * the start's clean-up (leftovers under its names, of an earlier container of that name and
     * a crash) and its network. The future gives how long that took (ns). Hand it to
     * {@link #start}, which then does neither, or to {@link #abandon}.
     */
    Future<Long> attachAhead(ContainerRecord r) {
        return background.submit(() -> {
            long t = System.nanoTime();
            // Not the unmount: a new directory has nothing mounted, and this may still run
            // when the start mounts its root.
            outside(r);
            hostNet.attach(rt.attachment(r), true);
            return System.nanoTime() - t;
        });
    }

    /** The start will not come: waits for {@link #attachAhead}'s work and removes what it made. */
    void abandon(Future<Long> ahead, ContainerRecord r, RuntimeException cause) {
        join(ahead); // a failed attach has removed its own part; the detach below covers the rest
        try {
            hostNet.detach(rt.attachment(r));
        } catch (RuntimeException cleanup) {
            cause.addSuppressed(cleanup);
        }
    }

    /** Runs disk work that an operation waits for only at its end (with {@link #join}). */
    Future<?> aside(Runnable work) {
        return background.submit(work);
    }

    private void startWarm(ContainerRecord r, long t0, Future<Long> ahead) {
        Templates templates = rt.templates();
        if (ahead == null) {
            cleanup(r);
        }
        long tCleanup = System.nanoTime();
        Path d = rt.dir(r.name);
        Path bundle = d.resolve("bundle");
        String ns = rt.netnsName(r.name);
        try {
            // Network and root file system do not depend on each other: the network (netlink,
            // mostly the kernel making the namespace) is set up on another thread meanwhile, or
            // has been since the create began.
            Future<Long> net = ahead != null ? ahead : background.submit(() -> {
                long t = System.nanoTime();
                hostNet.attach(rt.attachment(r), true);
                return System.nanoTime() - t;
            });
            RuntimeException failed = null;
            long tSpec = 0;
            try {
                Mounts.mountOverlay(templates.rootfs(r.template), d.resolve("upper"), d.resolve("work"),
                        d.resolve("rootfs"));
                Fs.mkdirs(bundle);
                String spec = OciSpec.build(new OciSpec.Params(d.resolve("rootfs").toString(), r.hostname,
                        Net.netnsPath(ns).toString(), rt.cgroupsPathOf(r.name), r.limits(), Cgroups.unified(),
                        r.sysctls()));
                // Written anew at every start, and runc reads it at once: nothing to make durable.
                Fs.writeUnsynced(bundle.resolve("config.json"), spec);
                tSpec = System.nanoTime();
            } catch (RuntimeException e) {
                failed = e;
            }
            // Also after a failure: the clean-up must not run while the network is half made.
            RuntimeException netFailed = join(net);
            if (failed != null || netFailed != null) {
                if (failed != null && netFailed != null) {
                    failed.addSuppressed(netFailed);
                }
                throw failed != null ? failed : netFailed;
            }
            long tJoined = System.nanoTime();
            long pid = rt.runc().runDetached(r.name, bundle);
            long tRunc = System.nanoTime();
            r.initPid = pid;
            r.initStartTime = Procs.startTime(pid);
            // Not made durable: a host crash ends this init anyway, and an agent that dies before
            // the pid is written finds it through runc when it adopts the container.
            r.saveInitPid(d);
            long tSaved = System.nanoTime();
            LOG.info("started container {} (init pid {})", r.name, pid);
            // Where a start's time goes, for docs/benchmarks.md's breakdown (net and mount+spec
            // overlap; a network made ahead began during the create).
            LOG.debug("start {} ms: checks+cleanup {}, mount+spec {}, net {}{}, joined {}, runc run {}, record {}",
                    r.name, ms(t0, tCleanup), ms(tCleanup, tSpec), ms(0, nanos(net)),
                    ahead != null ? " (made ahead)" : "", ms(tCleanup, tJoined), ms(tJoined, tRunc), ms(tRunc, tSaved));
        } catch (RuntimeException e) {
            r.initPid = 0;
            r.initStartTime = 0;
            try {
                cleanup(r);
            } catch (RuntimeException cleanup) {
                // report the cause, not the clean-up's consequence of it
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Begins, on another thread, the kernel wait runc's move of the init into its cgroups would
     * pay (see {@link CgroupMoveWarmup}): a create that starts calls it before its own disk work,
     * and the start keeps it going.
     */
    void warmUp() {
        background.submit(CgroupMoveWarmup::run);
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // a hold's close only sets a flag
        }
    }

    /** How often a stop signal init shows no handler for is sent again. */
    private static final long RESEND_NANOS = 500_000_000L;

    void stop(ContainerRecord r, Duration timeout) {
        Templates templates = rt.templates();
        String signal = templates.exists(r.template) ? templates.show(r.template).stopSignal() : "PWR";
        long pid = r.initPid;
        long start = r.initStartTime;
        // PID 1 of a pid namespace gets no default action: a signal it neither handles nor waits
        // for yet is dropped. A stop right after a start came before busybox init was ready for
        // its signals, was lost, and the container waited for the SIGKILL. busybox init shows no
        // handler while it waits in sigtimedwait, so "ready" cannot be read from /proc: while init
        // has no handler for the signal, send it again now and then (an init that has begun its
        // shutdown resets its handlers, so a repeat is dropped; sysvinit and systemd show theirs
        // and get it once).
        int number = Procs.signalNumber(signal);
        long[] next = {System.nanoTime() + RESEND_NANOS};
        Procs.signal(pid, signal);
        if (!Poll.until(timeout, () -> {
            if (!Procs.alive(pid, start)) {
                return true;
            }
            if (System.nanoTime() >= next[0] && number > 0 && !Procs.takes(pid, number)) {
                Procs.signal(pid, signal);
                next[0] = System.nanoTime() + RESEND_NANOS;
            }
            return false;
        })) {
            LOG.warn("container {} did not stop within {}: killing", r.name, timeout);
            Procs.signal(pid, "KILL");
            if (!Poll.until(Duration.ofSeconds(10), () -> !Procs.alive(pid, start))) {
                throw RuntimeError.failure("init of " + r.name + " (pid " + pid + ") survives SIGKILL");
            }
        }
        cleanup(r);
        r.initPid = 0;
        r.initStartTime = 0;
        r.save(rt.dir(r.name));
        LOG.info("stopped container {}", r.name);
    }

    /** Removes everything a (not running) container holds on the host: runc state, cgroup, net, mount. */
    void cleanup(ContainerRecord r) {
        outside(r);
        Mounts.unmount(rt.dir(r.name).resolve("rootfs"));
    }

    /** What a (not running) container holds on the host outside its directory: runc state, cgroup, net. */
    private void outside(ContainerRecord r) {
        rt.runc().deleteForce(r.name);
        Cgroups cg = rt.cgroups(r);
        if (cg.exists()) {
            Poll.until(Duration.ofSeconds(5), () -> {
                cg.removeDirs();
                return !cg.exists();
            });
        }
        hostNet.detach(rt.attachment(r));
    }

    static String ms(long from, long to) {
        return String.format(java.util.Locale.ROOT, "%.1f", (to - from) / 1e6);
    }

    /** The duration a finished network task gave (for the log), 0 when it has none. */
    private static long nanos(Future<Long> done) {
        try {
            return done.isDone() ? done.get() : 0;
        } catch (InterruptedException | ExecutionException | RuntimeException e) {
            return 0;
        }
    }

    /** Waits for background work however long it takes (even when interrupted); its failure or null. */
    static RuntimeException join(Future<?> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause() instanceof RuntimeException re ? re
                            : RuntimeError.failure(String.valueOf(e.getCause()), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
