package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.protocol.CheckpointInfo;
import dev.corral.protocol.CheckpointRef;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.MigrationPrecheckParams;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.PrecheckResult;
import dev.corral.protocol.TaskInfo;
import dev.corral.runtime.Checkpoint;
import dev.corral.runtime.CheckpointOptions;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.ContainerState;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live migration, run on the SOURCE agent (stop-and-copy): precheck on both sides, checkpoint
 * (freeze, dump with the TCP connections and the upper layer; the processes end here and the
 * address is released), upload to the destination, restore there (which prepares the network
 * closed, restores, opens it and sends the gratuitous ARP), commit, then remove the container
 * here. Until the destination has committed, every failure or cancel discards what the
 * destination got and restores the container here from the same checkpoint: it runs on exactly
 * one host.
 */
final class Migration implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Migration.class);
    private static final Duration CALL = Duration.ofMinutes(5);

    private final Task task;
    private final ContainerRuntime rt;
    private final CheckpointFacts facts;
    private final MigrateParams params;
    private final KeyPair identity;
    private final TestHooks hooks;
    private final Runnable done;
    private String phase = "precheck";
    private PeerClient peer;
    private Checkpoint checkpoint;
    private boolean committed;
    /** Set when the commit's first answer was lost and a second call confirmed it. */
    private String confirmed;

    Migration(Task task, ContainerRuntime rt, CheckpointFacts facts, MigrateParams params, KeyPair identity,
              TestHooks hooks, Runnable done) {
        this.task = task;
        this.rt = rt;
        this.facts = facts;
        this.params = params;
        this.identity = identity;
        this.hooks = hooks;
        this.done = done;
    }

    /** Problems known before anything is touched: the call answers them as an error. */
    static void precheckLocally(ContainerRuntime rt, CheckpointFacts facts, String name) throws RpcException {
        dev.corral.runtime.ContainerInfo info = Failures.call(() -> rt.status(name));
        if (info.state() != ContainerState.RUNNING) {
            throw RpcException.conflict("container " + name + " is not running: a live migration needs it running"
                    + " (a restart migration moves a stopped one)");
        }
        CheckpointHandlers.refuseWithoutCriu(facts);
        List<String> problems = Failures.call(() -> rt.checkpointPrecheck(name));
        if (!problems.isEmpty()) {
            throw RpcException.conflict("container " + name + " cannot be migrated live now: "
                    + String.join("; ", problems) + " (close them, or migrate with a restart)");
        }
    }

    @Override
    public void run() {
        String name = params.name();
        try {
            precheck(name);
            dump(name);
            CheckpointInfo remote = transfer(name);
            restoreThere(name, remote);
            cleanUpHere(name);
            String d = params.destination().address() + ":" + params.destination().port();
            task.finish(TaskInfo.SUCCEEDED, "container " + name + " runs on " + d + "; not running for "
                    + task.frozenTotal() + " ms in all" + (confirmed == null ? "" : " (" + confirmed + ")"));
            LOG.info("migration of {} to {} done, frozen {}", name, d, task.info().frozenMillis());
        } catch (Exception e) {
            rollBack(name, e);
        } finally {
            if (peer != null) {
                peer.close();
            }
            done.run();
        }
    }

    private void precheck(String name) throws Exception {
        task.phase("precheck", 0, "checking " + name + " here and on the destination");
        precheckLocally(rt, facts, name);
        dev.corral.runtime.ContainerInfo info = rt.status(name);
        peer = PeerClient.connect(params.destination(), identity);
        long estimate = rt.checkpoints(name).stream().mapToLong(Checkpoint::sizeBytes).max().orElse(0);
        PrecheckResult r = peer.call(Methods.MIGRATION_PRECHECK,
                new MigrationPrecheckParams(name, info.template(), info.ipv4(), estimate, true), PrecheckResult.class, CALL);
        if (r.problems() != null && !r.problems().isEmpty()) {
            throw RpcException.conflict("the destination cannot take " + name + ": " + String.join("; ", r.problems()));
        }
        task.checkCancel();
    }

    private void dump(String name) throws Exception {
        phase = "dump";
        task.phase("dump", 10, "freezing and dumping " + name);
        checkpoint = rt.checkpoint(name, CheckpointOptions.DEFAULT);
        task.frozen("dump", checkpoint.frozenMillis());
        LOG.info("migration of {}: dumped {} bytes in {} ms frozen", name, checkpoint.sizeBytes(), checkpoint.frozenMillis());
    }

    private CheckpointInfo transfer(String name) throws Exception {
        phase = "transfer";
        long t0 = System.nanoTime();
        try {
            task.checkCancel();
            task.phase("transfer", 20, "sending " + checkpoint.sizeBytes() + " bytes");
            // the runtime hashed the file as it wrote it: no second pass over it while frozen
            String sha = checkpoint.sha256() != null ? checkpoint.sha256() : Sha256.of(checkpoint.path());
            long size = checkpoint.sizeBytes();
            return peer.put(name, checkpoint.path(), sha, sent -> task.progress(sent, size, 20, 80),
                    task::cancelRequested, hooks);
        } finally {
            task.frozen("transfer", Task.millisSince(t0));
        }
    }

    private void restoreThere(String name, CheckpointInfo remote) throws Exception {
        phase = "restore";
        long t0 = System.nanoTime();
        try {
            task.checkCancel();
            task.phase("restore", 85, "restoring " + name + " on the destination");
            peer.call(Methods.MIGRATION_RESTORE, new CheckpointRef(name, remote.id()), ContainerInfo.class, CALL);
            // From here on the destination keeps it: a cancel now would leave it nowhere.
            confirmed = CommitCall.commit(peer, params.destination(), identity, name, task);
            committed = true;
        } finally {
            task.frozen("restore", Task.millisSince(t0));
        }
    }

    private void cleanUpHere(String name) {
        phase = "cleanup";
        task.phase("cleanup", 95, "removing " + name + " here");
        try {
            rt.deleteCheckpoint(name, checkpoint.id());
            rt.destroy(name);
        } catch (RuntimeError e) {
            // It runs on the destination; what is left here is stopped files only.
            LOG.warn("migration of {}: cannot remove the stopped copy here: {}", name, e.getMessage());
        }
    }

    private void rollBack(String name, Exception cause) {
        boolean cancelled = task.cancelRequested() && !committed;
        String why = Failures.message(cause);
        if (committed) {
            task.finish(TaskInfo.SUCCEEDED, "container " + name + " runs on the destination; removing it here failed: " + why);
            return;
        }
        if (cause instanceof CommitCall.Unknown u) {
            // It may run there: starting it here could run it twice. The checkpoint stays.
            LOG.warn("migration of {}: outcome unknown, left stopped here: {}", name, why);
            task.finish(TaskInfo.FAILED, CommitCall.unknownText(name, u, "it is stopped here and checkpoint "
                    + checkpoint.id() + " is kept", "restore it here: corralctl restore " + name + " --from " + checkpoint.id()));
            return;
        }
        LOG.warn("migration of {} {} in phase {}: {}", name, cancelled ? "cancelled" : "failed", phase, why);
        task.phase("rollback", 0, "taking " + name + " back: " + why);
        List<String> notes = new ArrayList<>();
        if (cause instanceof CommitCall.Discarded) {
            notes.add("the destination has no copy left");
        } else if (peer != null && checkpoint != null) {
            try {
                peer.call(Methods.MIGRATION_DISCARD, new NameParams(name), Void.class, CALL);
            } catch (RpcException | IOException | RuntimeException e) {
                // The destination drops an unfinished migration itself when this connection ends.
                notes.add("the destination removes its partial copy when the connection ends (" + Failures.message(e) + ")");
            }
            peer.close();
        }
        String where;
        if (checkpoint != null) {
            long t0 = System.nanoTime();
            try {
                rt.restore(name, checkpoint.id());
                rt.deleteCheckpoint(name, checkpoint.id());
                where = "it runs here again, restored from the migration's checkpoint";
            } catch (RuntimeError e) {
                where = "restoring it here FAILED too (" + e.getMessage() + "); checkpoint " + checkpoint.id()
                        + " is kept: corralctl restore " + name + " --from " + checkpoint.id();
            }
            task.frozen("rollback", Task.millisSince(t0));
        } else {
            where = "it was not stopped and runs here as before";
        }
        String text = (cancelled ? "cancelled" : "failed") + " in phase " + phase + ": " + why + "; " + where
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        task.finish(cancelled ? TaskInfo.CANCELLED : TaskInfo.FAILED, text);
    }

}
