package dev.corral.runtime;

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
        Templates templates = rt.templates();
        if (!templates.exists(r.template)) {
            throw RuntimeError.failure("template " + r.template + " of container " + r.name + " is gone");
        }
        LimitCheck.check(r.limits(), host);
        cleanup(r);
        Path d = rt.dir(r.name);
        Path bundle = d.resolve("bundle");
        String ns = rt.netnsName(r.name);
        try {
            // Network and root file system do not depend on each other: the network (ip
            // processes, the larger part) is set up on another thread meanwhile.
            Future<?> net = background.submit(() -> hostNet.attach(rt.attachment(r), true));
            RuntimeException failed = null;
            try {
                Mounts.mountOverlay(templates.rootfs(r.template), d.resolve("upper"), d.resolve("work"),
                        d.resolve("rootfs"));
                Fs.mkdirs(bundle);
                String spec = OciSpec.build(new OciSpec.Params(d.resolve("rootfs").toString(), r.hostname,
                        Net.netnsPath(ns).toString(), rt.cgroupsPathOf(r.name), r.limits(), Cgroups.unified(),
                        r.sysctls()));
                // Written anew at every start, and runc reads it at once: nothing to make durable.
                Fs.writeUnsynced(bundle.resolve("config.json"), spec);
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
            long pid = rt.runc().runDetached(r.name, bundle);
            r.initPid = pid;
            r.initStartTime = Procs.startTime(pid);
            r.save(d);
            LOG.info("started container {} (init pid {})", r.name, pid);
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

    void stop(ContainerRecord r, Duration timeout) {
        Templates templates = rt.templates();
        String signal = templates.exists(r.template) ? templates.show(r.template).stopSignal() : "PWR";
        Procs.signal(r.initPid, signal);
        long pid = r.initPid;
        long start = r.initStartTime;
        if (!Poll.until(timeout, () -> !Procs.alive(pid, start))) {
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
        rt.runc().deleteForce(r.name);
        Cgroups cg = rt.cgroups(r);
        if (cg.exists()) {
            Poll.until(Duration.ofSeconds(5), () -> {
                cg.removeDirs();
                return !cg.exists();
            });
        }
        hostNet.detach(rt.attachment(r));
        Mounts.unmount(rt.dir(r.name).resolve("rootfs"));
    }

    /** Waits for background work however long it takes (even when interrupted); its failure or null. */
    private static RuntimeException join(Future<?> f) {
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
