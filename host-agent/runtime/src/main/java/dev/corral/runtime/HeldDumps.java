package dev.corral.runtime;

import dev.corral.runtime.internal.CheckpointMeta;
import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Criu;
import dev.corral.runtime.internal.DumpLock;
import dev.corral.runtime.internal.Freezer;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.SocketChild;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dumps for a migration whose container then stays frozen here ({@link FrozenDump}): post-copy
 * ({@link LazySource}: the memory stays, served by CRIU's page server here) and stop-and-copy
 * ({@link PushedDump}: the memory goes to a page server elsewhere as CRIU dumps it). Neither
 * writes the memory to this host's disk nor copies the upper layer: the migration sends the
 * layer from where it is while the container is frozen.
 */
final class HeldDumps {

    private static final Logger LOG = LoggerFactory.getLogger(HeldDumps.class);
    private static final long FREEZE_TIMEOUT_MS = 10_000;
    private static final Duration DUMP_TIMEOUT = Duration.ofMinutes(10);

    private final ContainerRuntime rt;
    private final Checkpoints checkpoints;
    /** Containers a {@link FrozenDump} of this runtime holds now (not one a crash left). */
    private final Set<String> live = ConcurrentHashMap.newKeySet();

    HeldDumps(ContainerRuntime rt, Checkpoints checkpoints) {
        this.rt = rt;
        this.checkpoints = checkpoints;
    }

    /** The frozen, locked container and its checkpoint's work directory, while CRIU dumps. */
    private record Started(ContainerRecord record, String criuVersion, String id, Path work, Path images, Path netns,
                           Freezer freezer, long frozenAt) {
    }

    @FunctionalInterface
    private interface Dumper<T> {
        T dump(Started s) throws Exception;
    }

    /** Post-copy: returns once the images but the memory are written and the page server listens. */
    LazySource startLazy(String name, String address, int port, CheckpointOptions opts) {
        LazyPages.from(address, port);
        Process[] criu = new Process[1];
        return held(name, opts, s -> {
            List<String> argv = Criu.dumpArgv(s.record().initPid, s.images(), rt.dir(name).resolve("rootfs"),
                    s.freezer().dir().toString(), Checkpoints.inode(s.netns()), tcp(opts), true,
                    List.of("--lazy-pages", "--address", address, "--port", Integer.toString(port), "--status-fd", "1"));
            try {
                criu[0] = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectError(s.work().resolve("criu.err").toFile()).start();
            } catch (IOException e) {
                throw RuntimeError.failure("cannot run " + Criu.binary() + ": " + e.getMessage(), e);
            }
            if (!LazySource.awaitReady(criu[0])) {
                boolean exited = criu[0].waitFor(10, TimeUnit.SECONDS);
                String err = Fs.readOrNull(s.work().resolve("criu.err"));
                throw RuntimeError.failure("lazy criu dump of " + name + " failed: " + Criu.logErrors(
                        s.images().resolve("dump.log"), new Cmd.Result(exited ? criu[0].exitValue() : -1, "",
                                err == null ? "" : err, false)));
            }
            long dumpMillis = finishRecords(s, opts);
            LOG.info("lazy checkpoint {} of {}: serving memory on {}:{} after {} ms", s.id(), name, address, port, dumpMillis);
            return new LazySource(rt, checkpoints, s.record(), criu[0], s.work(), upper(name, opts), address, port,
                    s.frozenAt(), dumpMillis);
        }, () -> {
            if (criu[0] != null && criu[0].isAlive()) {
                criu[0].destroyForcibly();
            }
        });
    }

    /** Stop-and-copy: returns once CRIU has dumped, the memory sent over {@code pages} (to the caller's relay). */
    PushedDump startPushed(String name, PageSocket pages, CheckpointOptions opts) {
        SocketChild[] criu = new SocketChild[1];
        return held(name, opts, s -> {
            Path out = s.work().resolve("criu.out");
            criu[0] = SocketChild.start(Criu.dumpArgv(s.record().initPid, s.images(), rt.dir(name).resolve("rootfs"),
                    s.freezer().dir().toString(), Checkpoints.inode(s.netns()), tcp(opts), true,
                    Criu.pageServerSocketArgs()), pages.criuEnd(), out);
            // from here CRIU's exit (or death) ends the connection: the relay sees the end
            pages.releaseCriuEnd();
            boolean exited = criu[0].waitFor(DUMP_TIMEOUT);
            if (!exited || criu[0].exitCode() != 0) {
                String err = Fs.readOrNull(out);
                throw RuntimeError.failure("criu dump of " + name + " sending its memory to the destination failed"
                        + (exited ? "" : " (timed out)") + ": " + Criu.logErrors(s.images().resolve("dump.log"),
                        new Cmd.Result(criu[0].exitCode(), "", err == null ? "" : err, !exited)));
            }
            long dumpMillis = finishRecords(s, opts);
            LOG.info("checkpoint {} of {}: dumped, memory sent to the destination, in {} ms", s.id(), name, dumpMillis);
            return new PushedDump(rt, checkpoints, s.record(), s.work(), upper(name, opts), s.frozenAt(), dumpMillis);
        }, () -> {
            if (criu[0] != null) {
                criu[0].kill();
            }
        });
    }

    /**
     * Freezes and locks the container, runs {@code dumper}; on any failure stops CRIU
     * ({@code onFailure}), thaws the container and removes the work directory.
     */
    private <T> T held(String name, CheckpointOptions opts, Dumper<T> dumper, Runnable onFailure) {
        return rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            String criuVersion = checkpoints.checkDumpable(r);
            Path cdir = rt.dir(name);
            Restorer.settleUpperBackup(cdir, true);
            Checkpoints.removeDebris(cdir);
            String id = Checkpoints.newId();
            Path work = cdir.resolve(".ckpt-" + id);
            Path images = work.resolve("images");
            Fs.mkdirs(images);
            Path netns = Net.netnsPath(rt.netnsName(name));
            Freezer freezer = Freezer.of(rt.cgroupsPathOf(name));
            DumpLock.lock(netns);
            long t0 = System.nanoTime();
            try {
                freezer.freeze(FREEZE_TIMEOUT_MS);
                return dumper.dump(new Started(r, criuVersion, id, work, images, netns, freezer, t0));
            } catch (Exception e) {
                RuntimeError err = e instanceof RuntimeError re ? re : RuntimeError.failure(
                        e instanceof InterruptedException ? "interrupted" : e.getMessage(), e);
                onFailure.run();
                checkpoints.rollBack(r, freezer, netns, true, err);
                Fs.deleteTree(work);
                throw err;
            }
        });
    }

    void holding(String name) {
        live.add(name);
    }

    void over(String name) {
        live.remove(name);
    }

    /** A migration in this runtime holds {@code name} frozen now. */
    boolean holds(String name) {
        return live.contains(name);
    }

    /**
     * Ends a migration a crash left in {@link HeldMigration.Phase#COMMITTING} (see
     * {@link Migrations#resolveMigration}). The marker goes last, so a crash in between
     * leaves it to be resolved again.
     */
    ContainerInfo resolve(String name, boolean runsHere) {
        ContainerInfo info = rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            Path cdir = rt.dir(name);
            HeldMigration m = HeldMigration.read(cdir);
            if (live.contains(name)) {
                throw RuntimeError.conflict("a migration of " + name + " still runs in this agent: it decides itself"
                        + " (cancel its task to take the container back here)");
            }
            if (m == null || m.phase != HeldMigration.Phase.COMMITTING) {
                throw RuntimeError.conflict("no migration of " + name + " waits to be resolved here"
                        + (m == null ? "" : " (its migration is " + m.phase + ")"));
            }
            Freezer freezer = Freezer.of(rt.cgroupsPathOf(name));
            boolean running = rt.running(r);
            if (runsHere) {
                if (running) {
                    RuntimeError cause = RuntimeError.failure("taking " + name + " back here failed");
                    checkpoints.rollBack(r, freezer, Net.netnsPath(rt.netnsName(name)), true, cause);
                    if (m.withdrawn) {
                        try {
                            rt.network().open(name);
                        } catch (RuntimeException e) {
                            cause.addSuppressed(e);
                        }
                    }
                    if (cause.getSuppressed().length > 0) {
                        throw cause;
                    }
                }
                Checkpoints.removeDebris(cdir);
                HeldMigration.delete(cdir);
                LOG.info("migration of {} resolved: it runs here ({})", name, running ? "thawed" : "it was not running");
                return rt.info(r);
            }
            if (running) {
                checkpoints.killFrozen(r, freezer);
            }
            // Destroyed below, outside this lock (destroy takes the registry's first); a crash
            // before it finishes the destroy at the next start.
            m.with(HeldMigration.Phase.COMMITTED).write(cdir);
            return rt.info(r);
        });
        if (!runsHere) {
            rt.destroy(name);
            LOG.info("migration of {} resolved: it runs on the destination, destroyed here", name);
        }
        return info;
    }

    /** The records beside the images; returns the dump's milliseconds. */
    private long finishRecords(Started s, CheckpointOptions opts) {
        long dumpMillis = (System.nanoTime() - s.frozenAt()) / 1_000_000;
        CheckpointOptions o = options(opts);
        CheckpointMeta m = checkpoints.writeRecords(s.record(), o, s.id(), s.criuVersion(), s.work());
        m.dumpMillis = dumpMillis;
        m.frozenMillis = -1;
        Fs.writeUnsynced(s.work().resolve(CheckpointMeta.FILE), m.toJson());
        return dumpMillis;
    }

    private Path upper(String name, CheckpointOptions opts) {
        return options(opts).includeRootfs() ? rt.dir(name).resolve("upper") : null;
    }

    private static boolean tcp(CheckpointOptions opts) {
        return options(opts).tcpEstablished();
    }

    private static CheckpointOptions options(CheckpointOptions opts) {
        return opts == null ? CheckpointOptions.DEFAULT.withIncludeRootfs(false) : opts;
    }
}
