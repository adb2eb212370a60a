package dev.corral.agent.internal.migration;

import com.google.gson.JsonElement;
import dev.corral.agent.Params;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.MigrationPrecheckParams;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.PrecheckResult;
import dev.corral.protocol.Protocol;
import dev.corral.protocol.TaskInfo;
import dev.corral.runtime.Checkpoint;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.ContainerState;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A restart migration, run on the SOURCE agent, for when a live one is impossible (no CRIU, open
 * shells, devices) or the container is stopped: precheck on both sides, copy its upper layer while
 * it still runs ({@link UpperDelta}), stop it through its init (as {@code stop} does), send only
 * what changed in the layer since the copy, upload its record ({@code container-put}, created
 * stopped there with the same uuid, MAC and address, the copied layer moved in), start it there if
 * it was running, commit, then remove it here: the time it is down no longer grows with its layer.
 * Its processes start afresh: nothing of their memory or connections travels. Until the commit,
 * every failure or cancel discards the destination's copy and starts the container here again if
 * it was running.
 */
final class RestartMigration implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RestartMigration.class);
    private static final Duration CALL = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** Where the packed files wait for their upload; removed after it, and at the agent's start. */
    static final String OUTGOING = "outgoing";

    private final Task task;
    private final Containers containers;
    private final ContainerRuntime rt;
    private final MigrateParams params;
    private final KeyPair identity;
    private final TestHooks hooks;
    private final Path outgoing;
    private final Runnable done;
    private String phase = "precheck";
    private PeerClient peer;
    private boolean wasRunning;
    private boolean stoppedHere;
    private boolean mayRunThere;
    private boolean committed;
    /** Set when the commit's first answer was lost and a second call confirmed it. */
    private String confirmed;
    private long downSince;
    private Path file;
    /** The upper layer as copied before the stop; null when it was not (the file then carries it). */
    private UpperDelta upperCopy;
    /** Bytes sent while the container was stopped (the layer's delta and the packed file). */
    private long sentStopped;

    RestartMigration(Task task, Containers containers, ContainerRuntime rt, MigrateParams params, KeyPair identity,
                     TestHooks hooks, Runnable done) {
        this.task = task;
        this.containers = containers;
        this.rt = rt;
        this.params = params;
        this.identity = identity;
        this.hooks = hooks;
        this.outgoing = rt.config().stateDir().resolve(OUTGOING);
        this.done = done;
    }

    /** Problems known before anything is touched: the call answers them as an error. */
    static void precheckLocally(ContainerRuntime rt, String name) throws RpcException {
        dev.corral.runtime.ContainerInfo info = Failures.call(() -> rt.status(name));
        if (info.state() != ContainerState.RUNNING && info.state() != ContainerState.STOPPED) {
            throw RpcException.conflict("container " + name + " is " + info.state().name().toLowerCase()
                    + ": migrate it once it is running or stopped");
        }
        // Its removal here would take them along: better say so than lose them.
        List<Checkpoint> kept = Failures.call(() -> rt.checkpoints(name));
        if (!kept.isEmpty()) {
            throw RpcException.conflict("container " + name + " has " + kept.size() + " checkpoint(s), which a restart"
                    + " migration does not carry: delete them first (corralctl checkpoints " + name + "; corralctl"
                    + " checkpoint " + name + " --delete " + kept.get(0).id() + ")");
        }
    }

    /** At agent start: packed files a crash left before their upload ended. */
    static void recover(Path stateDir) {
        Path dir = stateDir.resolve(OUTGOING);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(Incoming::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("cannot clear {}: {}", dir, e.toString());
        }
    }

    /**
     * Destination: starts a container that an unfinished migration brought here (before its
     * commit). Any other container is refused: a migration grant must not start what it likes.
     */
    static ContainerInfo startArrived(Containers containers, Incoming incoming, TestHooks hooks, JsonElement params)
            throws RpcException {
        String name = CheckpointHandlers.required(Params.decode(params, NameParams.class).name(), "name");
        if (!incoming.marked(name)) {
            throw RpcException.conflict("container " + name + " was not brought here by an unfinished migration");
        }
        if (hooks.armed(TestHooks.FAIL_START)) {
            throw RpcException.runtimeFailure("cannot start " + name + ": injected failure (test hook)");
        }
        ContainerRuntime rt = containers.runtime();
        ContainerInfo info = CheckpointHandlers.convert(Failures.call(() -> rt.start(name)));
        containers.refresh(name);
        LOG.info("migrated {} started here", name);
        return info;
    }

    @Override
    public void run() {
        String name = params.name();
        try {
            precheck(name);
            stopHere(name);
            long size = pack(name);
            transfer(name, size);
            startThere(name);
            cleanUpHere(name);
            String d = params.destination().address() + ":" + params.destination().port();
            task.finish(TaskInfo.SUCCEEDED, (wasRunning
                    ? "container " + name + " runs on " + d + ", restarted there; not running for " + task.frozenTotal()
                    + " ms (from its stop here to its start there), " + sentStopped + " bytes sent meanwhile"
                    : "container " + name + " is on " + d + ", stopped as it was here")
                    + (confirmed == null ? "" : " (" + confirmed + ")"));
            LOG.info("restart migration of {} to {} done, down {} ms", name, d, task.frozenTotal());
        } catch (Exception e) {
            rollBack(name, e);
        } finally {
            if (peer != null) {
                peer.close();
            }
            if (file != null) {
                Incoming.deleteQuietly(file);
            }
            if (upperCopy != null) {
                upperCopy.close();
            }
            done.run();
        }
    }

    private void precheck(String name) throws Exception {
        task.phase("precheck", 0, "checking " + name + " here and on the destination");
        precheckLocally(rt, name);
        dev.corral.runtime.ContainerInfo info = rt.status(name);
        peer = PeerClient.connect(params.destination(), identity);
        PrecheckResult r = peer.call(Methods.MIGRATION_PRECHECK, new MigrationPrecheckParams(name, info.template(),
                info.ipv4(), UpperDelta.size(rt, name), false), PrecheckResult.class, CALL);
        if (r.problems() != null && !r.problems().isEmpty()) {
            throw RpcException.conflict("the destination cannot take " + name + ": " + String.join("; ", r.problems()));
        }
        task.checkCancel();
        // Read last: a stop or start in between would be refused (the container is claimed) or seen here.
        wasRunning = rt.status(name).state() == ContainerState.RUNNING;
        // the layer while it still runs: only what changes after travels while it is stopped
        upperCopy = UpperDelta.preCopy(rt, peer, name, task, 2, 9);
        task.checkCancel();
    }

    private void stopHere(String name) throws IOException {
        phase = "stop";
        if (!wasRunning) {
            return;
        }
        task.phase("stop", 10, "stopping " + name + " through its init");
        downSince = System.nanoTime();
        rt.stop(name, STOP_TIMEOUT);
        // Only now: a stop that failed (or found it stopped by someone else) must not start it again.
        stoppedHere = true;
        containers.refresh(name);
        task.frozen("stop", Task.millisSince(downSince));
        task.checkCancel();
    }

    private long pack(String name) throws IOException {
        phase = "pack";
        long t0 = System.nanoTime();
        task.phase("pack", 20, upperCopy == null ? "packing the files of " + name : "packing the record of " + name);
        Files.createDirectories(outgoing);
        file = outgoing.resolve(name + "-" + UUID.randomUUID() + ".tar");
        long size = upperCopy == null ? rt.migrations().exportStopped(name, file) : rt.migrations().exportStoppedRecord(name, file);
        down("pack", t0);
        task.checkCancel();
        return size;
    }

    private void transfer(String name, long size) throws Exception {
        phase = "transfer";
        long t0 = System.nanoTime();
        try {
            if (upperCopy != null) {
                sentStopped += upperCopy.sendStopped(peer, name, task, "transfer", 25, 70, hooks);
                task.checkCancel();
            }
            task.phase("transfer", 70, "sending " + size + " bytes");
            String sha = Sha256.of(file);
            peer.upload(Protocol.CONTAINER_PUT_COMMAND + " " + name + " " + size + " " + sha, file,
                    sent -> task.progress(sent, size, 70, 80), task::cancelRequested, hooks);
            sentStopped += size;
        } finally {
            down("transfer", t0);
        }
        task.checkCancel();
    }

    private void startThere(String name) throws Exception {
        phase = wasRunning ? "start" : "commit";
        long t0 = System.nanoTime();
        try {
            if (wasRunning) {
                task.phase("start", 85, "starting " + name + " on the destination");
                mayRunThere = true;
                peer.call(Methods.MIGRATION_START, new NameParams(name), ContainerInfo.class, CALL);
            }
            // From here on the destination keeps it.
            confirmed = CommitCall.commit(peer, params.destination(), identity, name, task);
            committed = true;
        } finally {
            down("start", t0);
        }
    }

    private void cleanUpHere(String name) {
        phase = "cleanup";
        task.phase("cleanup", 95, "removing " + name + " here");
        try {
            rt.destroy(name);
        } catch (RuntimeError e) {
            LOG.warn("restart migration of {}: cannot remove the stopped copy here: {}", name, e.getMessage());
        }
    }

    private void rollBack(String name, Exception cause) {
        boolean cancelled = task.cancelRequested() && !committed;
        String why = Failures.message(cause);
        if (committed) {
            task.finish(TaskInfo.SUCCEEDED, "container " + name + " is on the destination; removing it here failed: " + why);
            return;
        }
        if (cause instanceof CommitCall.Unknown u) {
            // It may be there (running, if it ran here): starting it here could run it twice.
            LOG.warn("restart migration of {}: outcome unknown, left stopped here: {}", name, why);
            task.finish(TaskInfo.FAILED, CommitCall.unknownText(name, u, "it is stopped here, its files kept",
                    "start it here: corralctl start " + name));
            return;
        }
        LOG.warn("restart migration of {} {} in phase {}: {}", name, cancelled ? "cancelled" : "failed", phase, why);
        task.phase("rollback", 0, "taking " + name + " back: " + why);
        boolean discarded = true;
        String note = "";
        if (cause instanceof CommitCall.Discarded) {
            note = "; the destination has no copy left";
        } else if (peer != null) {
            try {
                peer.call(Methods.MIGRATION_DISCARD, new NameParams(name), Void.class, CALL);
            } catch (RpcException | IOException | RuntimeException e) {
                discarded = false;
                note = "; the destination removes its copy when this connection ends (" + Failures.message(e) + ")";
            }
            peer.close();
        }
        String where;
        if (!stoppedHere) {
            where = wasRunning || phase.equals("precheck") ? "it was not stopped and is here as before"
                    : "it stays here, stopped, as it was";
        } else if (mayRunThere && !discarded) {
            // It may run there until the destination sees this connection end: starting it here too
            // could put the address on two hosts.
            where = "it is stopped here, since the destination may still run its copy until it notices the"
                    + " lost connection: check the destination, then corralctl start " + name;
        } else {
            long t0 = System.nanoTime();
            try {
                rt.start(name);
                where = "it runs here again (restarted)";
            } catch (RuntimeError e) {
                where = "starting it here FAILED too (" + e.getMessage() + "): it is stopped here; corralctl start " + name;
            }
            down("rollback", t0);
        }
        task.finish(cancelled ? TaskInfo.CANCELLED : TaskInfo.FAILED,
                (cancelled ? "cancelled" : "failed") + " in phase " + phase + ": " + why + "; " + where + note);
    }

    /** Adds the phase's time to the downtime while the container is down (it was running before). */
    private void down(String inPhase, long t0) {
        if (stoppedHere) {
            task.frozen(inPhase, Task.millisSince(t0));
        }
    }
}
