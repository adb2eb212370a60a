package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.MigrationPrecheckParams;
import dev.corral.protocol.MigrationRestoreResult;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.PageSinkParams;
import dev.corral.protocol.PageSinkResult;
import dev.corral.protocol.PostCopyProtocol;
import dev.corral.protocol.PrecheckResult;
import dev.corral.protocol.TaskInfo;
import dev.corral.runtime.CheckpointOptions;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.ContainerState;
import dev.corral.runtime.PageSocket;
import dev.corral.runtime.PushedDump;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live migration, run on the SOURCE agent (stop-and-copy): precheck on both sides; the
 * destination opens a page server behind a sealed relay; freeze and dump, CRIU sending the memory
 * straight to the destination as it reads it (nothing memory-sized is written here); upload of
 * the rest of the images and the upper layer while the container stays frozen here; restore there
 * (network prepared closed before, opened with a gratuitous ARP); commit; only then do the frozen
 * processes here die. Until the destination has committed, every failure or cancel discards what
 * the destination got and thaws the container here: it runs on exactly one host, and a roll-back
 * is a thaw, not a restore.
 */
final class Migration implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Migration.class);
    private static final Duration CALL = Duration.ofMinutes(5);
    /** The direct attempt (5 s) and then an SSH channel. */
    private static final long LINK_MS = 60_000;

    private final Task task;
    private final ContainerRuntime rt;
    private final CheckpointFacts facts;
    private final MigrateParams params;
    private final KeyPair identity;
    private final TestHooks hooks;
    private final Runnable done;
    private String phase = "precheck";
    private PeerClient peer;
    /** CRIU's connection to the relay here: a local socket pair, closed with the relay. */
    private PageSocket pages;
    private PageRelay relay;
    private PushedDump source;
    /** The upper layer as copied before the freeze; null when it was not. */
    private UpperDelta upperCopy;
    private boolean withdrawn;
    private boolean runningThere;
    /** How long it had run on the destination when the restore's answer left there. */
    private long runningFor;
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
            transfer(name);
            restoreThere(name);
            commit(name);
            cleanUpHere(name);
            String d = params.destination().address() + ":" + params.destination().port();
            task.finish(TaskInfo.SUCCEEDED, "container " + name + " runs on " + d + "; not running for "
                    + task.frozenTotal() + " ms in all" + (confirmed == null ? "" : " (" + confirmed + ")"));
            LOG.info("migration of {} to {} done, frozen {}", name, d, task.info().frozenMillis());
        } catch (Exception e) {
            rollBack(name, e);
        } finally {
            if (relay != null) {
                relay.close();
            }
            if (upperCopy != null) {
                upperCopy.close();
            }
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
        // the memory lands on the destination's disk before the restore reads it, beside the upper layer
        long estimate = Math.max(0, rt.usage(name).memoryBytes()) + UpperDelta.size(rt, name);
        PrecheckResult r = peer.call(Methods.MIGRATION_PRECHECK,
                new MigrationPrecheckParams(name, info.template(), info.ipv4(), estimate, true), PrecheckResult.class, CALL);
        if (r.problems() != null && !r.problems().isEmpty()) {
            throw RpcException.conflict("the destination cannot take " + name + ": " + String.join("; ", r.problems()));
        }
        // Set up before the freeze, off the frozen time: the destination's page server, its relay
        // and this one, connected already; CRIU joins at the dump.
        String address = params.destination().address();
        PageSinkResult sink = peer.call(Methods.MIGRATION_PAGE_SINK, new PageSinkParams(name, address), PageSinkResult.class, CALL);
        pages = PageSocket.open();
        byte[] key = Base64.getDecoder().decode(sink.key());
        relay = PageRelay.toDestination(name, new InetSocketAddress(address, sink.port()), key, pages,
                () -> peer.pagesChannel(name));
        task.checkCancel();
        // the upper layer while it runs: the frozen transfer sends only what changes after
        upperCopy = UpperDelta.preCopy(rt, peer, name, task, 5, 10);
        // the page connection up before the freeze: a firewall's silence must not be frozen time
        relay.awaitLinked(LINK_MS);
    }

    private void dump(String name) throws Exception {
        phase = "dump";
        task.phase("dump", 10, "freezing and dumping " + name + ", its memory straight to the destination");
        try {
            source = rt.migrations().startPushedCheckpoint(name, pages, CheckpointOptions.DEFAULT);
        } catch (RuntimeError e) {
            throw new IOException(e.getMessage() + destinationSays(name), e);
        }
        task.frozen("dump", source.frozenMillis());
        LOG.info("migration of {}: dumped in {} ms, memory sent {}", name, source.dumpMillis(), relay.path());
    }

    /** After a failed dump: the destination's reason, when it has one (its disk is full, ...). */
    private String destinationSays(String name) {
        try {
            peer.call(Methods.MIGRATION_PAGES_RECEIVED, new NameParams(name), Void.class, Duration.ofSeconds(30));
            return "";
        } catch (RpcException | IOException | RuntimeException e) {
            return "; the destination says: " + Failures.message(e);
        }
    }

    private void transfer(String name) throws Exception {
        phase = "transfer";
        long t0 = System.nanoTime();
        try {
            task.checkCancel();
            if (upperCopy != null && upperCopy.covers(source.upperLayer())) {
                upperCopy.sendFrozen(peer, name, source.directory(), task, "transfer", 30, 80, hooks);
                return;
            }
            long size = DirectoryUpload.size(source.directory())
                    + (source.upperLayer() == null ? 0 : DirectoryUpload.size(source.upperLayer()));
            task.phase("transfer", 30, "sending the rest of the checkpoint and the upper layer (" + size + " bytes)");
            DirectoryUpload.send(peer, PostCopyProtocol.PUT_COMMAND + " " + name, source.directory(), source.upperLayer(),
                    sent -> task.progress(sent, size, 30, 80), task::cancelRequested, hooks);
        } finally {
            task.frozen("transfer", Task.millisSince(t0));
        }
    }

    private void restoreThere(String name) throws Exception {
        phase = "restore";
        long t0 = System.nanoTime();
        try {
            task.checkCancel();
            task.phase("restore", 85, "restoring " + name + " on the destination");
            // From here the destination claims the address; a roll-back claims it back.
            withdrawn = true;
            // recorded first: a thaw after this agent died claims the address again
            source.addressWithdrawn();
            rt.network().withdraw(name);
            MigrationRestoreResult r = peer.call(Methods.MIGRATION_RESTORE_PUSHED, new NameParams(name),
                    MigrationRestoreResult.class, CALL);
            runningThere = true;
            runningFor = r.runningForMillis();
        } finally {
            // it ran there before the answer came: the destination's bookkeeping is not frozen time
            task.frozen("restore", Math.max(0, Task.millisSince(t0) - runningFor));
        }
    }

    private void commit(String name) throws Exception {
        phase = "commit";
        // The memory pages in from the destination's own disk while it runs; until all of it is
        // in, the frozen copy here stays the one to fall back on.
        task.phase("commit", 88, name + " runs on the destination; waiting for its memory to be in, then committing");
        peer.call(PostCopyProtocol.PAGES, new NameParams(name), Void.class, CALL);
        task.phase("commit", 90, name + " runs on the destination: committing");
        // From the first commit call the destination may keep it: if this agent dies now, its
        // next start leaves the copy frozen (not thawed) until an operator resolves it.
        source.committing();
        confirmed = CommitCall.commitHeld(peer, params.destination(), identity, name, task);
        committed = true;
        // the destination's now: a start after a crash kills and destroys the copy here
        source.committed();
    }

    private void cleanUpHere(String name) {
        phase = "cleanup";
        task.phase("cleanup", 95, "removing " + name + " here");
        try {
            source.release(Duration.ofSeconds(30));
            rt.destroy(name);
        } catch (RuntimeError e) {
            // It runs on the destination; what is left here is stopped.
            LOG.warn("migration of {}: cannot remove the copy here: {}", name, e.getMessage());
        }
    }

    private void rollBack(String name, Exception cause) {
        HeldRollBack.run(task, rt, name, cause, new HeldRollBack.State("migration", phase, committed, runningThere, withdrawn,
                relay != null, source, peer));
    }
}
