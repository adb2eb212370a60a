package dev.corral.runtime;

import dev.corral.runtime.internal.Cgroups;
import dev.corral.runtime.internal.CheckpointMeta;
import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Criu;
import dev.corral.runtime.internal.Freezer;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Procs;
import dev.corral.runtime.internal.RuncState;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One restore of a stopped container from an unpacked checkpoint: host side, CRIU, then at once
 * thaw and open the network; the bookkeeping (runc's state, the bundle, limits changed meanwhile)
 * comes after, off the frozen time. Where the checkpoint came from (a file, a migration's
 * directory) and the upper layer are the caller's ({@link Restorer}).
 */
final class CriuRestore {

    /**
     * How it went: the lazy-pages daemon still feeding the container (null unless lazy), the
     * milliseconds of each phase for the log, and the {@link System#nanoTime()} it ran again at.
     */
    record Done(Process daemon, long hostMillis, long criuMillis, long thawMillis, long bookkeepingMillis, long runningAt) {
    }

    private final ContainerRuntime rt;
    private final RestoreHost host;
    private final LazyDaemons daemons;

    CriuRestore(ContainerRuntime rt, RestoreHost host, LazyDaemons daemons) {
        this.rt = rt;
        this.host = host;
        this.daemons = daemons;
    }

    /** On failure everything this made is taken down again. */
    Done run(ContainerRecord r, CheckpointMeta m, Path work, LazyPages lazy) {
        Path cdir = rt.dir(r.name);
        Path images = work.resolve("images");
        String cgroupsPath = rt.cgroupsPathOf(r.name);
        Path netns = Net.netnsPath(rt.netnsName(r.name));
        Path pidFile = work.resolve("restore.pid");
        Process daemon = null;
        try {
            long t0 = System.nanoTime();
            host.prepare(r, netns, cgroupsPath);
            Cgroups.prepareCpusetParent(rt.config().cgroupParent());
            long t1 = System.nanoTime();
            if (lazy != null) {
                daemon = LazyDaemons.start(r.name, images, lazy);
            }
            Cmd.Result res = Cmd.run(Criu.restoreArgv(images, cdir.resolve("rootfs"), netns, cgroupsPath, pidFile,
                    m.tcpEstablished, lazy == null ? List.of() : List.of("--lazy-pages")), Duration.ofMinutes(10));
            String pidText = Fs.readOrNull(pidFile);
            if (!res.ok() || pidText == null || pidText.isEmpty()) {
                throw RuntimeError.failure("criu restore of " + r.name + " failed"
                        + (res.timedOut() ? " (timed out)" : "") + ": " + Criu.logErrors(images.resolve("restore.log"), res));
            }
            long t2 = System.nanoTime();
            // The dump saw the cgroup frozen (we froze it for CRIU), and CRIU restores that state.
            Freezer.of(cgroupsPath).thaw();
            rt.network().open(r);
            long t3 = System.nanoTime();
            long pid = Long.parseLong(pidText.strip());
            r.initPid = pid;
            r.initStartTime = Procs.startTime(pid);
            if (!rt.running(r)) {
                throw RuntimeError.failure("restored init of " + r.name + " (pid " + pid + ") exited at once");
            }
            r.save(cdir);
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put(m.containerDir, cdir.toString());
            paths.put(m.cgroupsPath, cgroupsPath);
            paths.put(m.netnsPath, netns.toString());
            Path bundle = cdir.resolve("bundle");
            Fs.mkdirs(bundle);
            Fs.writeAtomic(bundle.resolve(Checkpoints.OCI_SPEC),
                    RuncState.rewriteSpec(Fs.read(work.resolve(Checkpoints.OCI_SPEC)), paths));
            RuncState.install(rt.config().runcRoot(), r.name, Fs.read(work.resolve(Checkpoints.RUNC_STATE)), pid, paths);
            Limits dumped = m.limits == null ? Limits.NONE : m.limits;
            if (!dumped.equals(r.limits())) {
                // changed while it was stopped: CRIU put back the old ones
                rt.cgroups(r).apply(dumped, r.limits());
            }
            Done done = new Done(daemon, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (System.nanoTime() - t3) / 1_000_000, t3);
            if (daemon != null) {
                daemons.add(r.name, daemon);
            }
            return done;
        } catch (RuntimeException e) {
            if (daemon != null) {
                daemon.destroyForcibly();
            }
            try {
                host.takeDown(r, cgroupsPath);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
