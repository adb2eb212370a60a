package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.HelloParams;
import dev.corral.protocol.HelloResult;
import dev.corral.protocol.LazyRestoreParams;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.MigrationPrecheckParams;
import dev.corral.protocol.MigrationRestoreResult;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.PostCopyProtocol;
import dev.corral.protocol.PrecheckResult;
import dev.corral.protocol.Protocol;
import dev.corral.protocol.TaskInfo;
import dev.corral.runtime.CheckpointOptions;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.LazySource;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A post-copy live migration, run on the SOURCE agent: the container is frozen and dumped without
 * its memory, which CRIU's page server on this host's loopback keeps; the rest goes to the
 * destination, which restores at once with its memory paged in from that server through a remote
 * port forwarding of this migration's SSH connection. The container is not running only from the
 * freeze to the restore: the memory moves while it runs there, so the frozen time hardly grows
 * with the memory.
 *
 * <p>Until the destination has all the memory and has committed, the source keeps its frozen full
 * copy. Any failure or cancel before the destination runs discards its copy and thaws the one
 * here. After it runs, a failure (dropped connection, page transfer failing, destination gone)
 * leaves the destination with memory it can never complete: it kills its copy (also on its own,
 * when the session ends or its lazy-pages daemon fails) and this side thaws its frozen copy,
 * which runs on here. What the container did on the destination in between is lost.
 */
final class PostCopyMigration implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PostCopyMigration.class);
    private static final Duration CALL = Duration.ofMinutes(5);
    /** How long the whole memory may take to move. */
    private static final Duration PAGES_LIMIT = Duration.ofMinutes(30);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Task task;
    private final ContainerRuntime rt;
    private final CheckpointFacts facts;
    private final MigrateParams params;
    private final KeyPair identity;
    private final TestHooks hooks;
    private final Runnable done;
    private String phase = "precheck";
    private PeerClient peer;
    private LazySource source;
    /** The upper layer as copied before the freeze; null when it was not. */
    private UpperDelta upperCopy;
    /** The page server's port here, and the port on the destination's loopback that reaches it. */
    private int pagePort;
    private int pagePortThere;
    private boolean withdrawn;
    private boolean runningThere;
    /** How long it had run on the destination when the restore's answer left there. */
    private long runningFor;
    private boolean committed;
    /** Set when the commit's first answer was lost and a second call confirmed it. */
    private String confirmed;

    PostCopyMigration(Task task, ContainerRuntime rt, CheckpointFacts facts, MigrateParams params, KeyPair identity,
                      TestHooks hooks, Runnable done) {
        this.task = task;
        this.rt = rt;
        this.facts = facts;
        this.params = params;
        this.identity = identity;
        this.hooks = hooks;
        this.done = done;
    }

    /** As for stop-and-copy, and this host's CRIU must do lazy pages (userfaultfd). */
    static void precheckLocally(ContainerRuntime rt, CheckpointFacts facts, String name) throws RpcException {
        Migration.precheckLocally(rt, facts, name);
        if (!Failures.call(rt::criuInfo).lazyPages()) {
            throw RpcException.conflict("this host cannot migrate post-copy: its CRIU or kernel has no lazy pages"
                    + " (userfaultfd); migrate without post-copy");
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
            awaitPages(name);
            cleanUpHere(name);
            String d = params.destination().address() + ":" + params.destination().port();
            task.finish(TaskInfo.SUCCEEDED, "container " + name + " runs on " + d + "; not running for "
                    + task.frozenTotal() + " ms in all (post-copy: its memory followed while it ran there)"
                    + (confirmed == null ? "" : "; " + confirmed));
            LOG.info("post-copy migration of {} to {} done, frozen {}", name, d, task.info().frozenMillis());
        } catch (Exception e) {
            rollBack(name, e);
        } finally {
            if (peer != null) {
                peer.close();
            }
            if (upperCopy != null) {
                upperCopy.close();
            }
            done.run();
        }
    }

    private void precheck(String name) throws Exception {
        task.phase("precheck", 0, "checking " + name + " here and on the destination (post-copy: until all memory"
                + " has moved the container depends on both hosts and this connection; if either fails it runs on"
                + " here again, losing what it did on the destination)");
        precheckLocally(rt, facts, name);
        dev.corral.runtime.ContainerInfo info = rt.status(name);
        peer = PeerClient.connect(params.destination(), identity);
        HelloResult hello = peer.call(Methods.HELLO, new HelloParams(Protocol.VERSION, Protocol.MIN_VERSION,
                "corral-agent migration"), HelloResult.class, CALL);
        if (hello.facts() == null || !Boolean.TRUE.equals(hello.facts().lazyPages())) {
            throw RpcException.conflict("the destination cannot take " + name + " post-copy: its CRIU or kernel has no"
                    + " lazy pages (userfaultfd); migrate without post-copy");
        }
        // The memory stays here until it is paged in; what lands on the destination's disk is the
        // upper layer (the images without the memory are small).
        long estimate = UpperDelta.size(rt, name);
        PrecheckResult r = peer.call(Methods.MIGRATION_PRECHECK,
                new MigrationPrecheckParams(name, info.template(), info.ipv4(), estimate, true), PrecheckResult.class, CALL);
        if (r.problems() != null && !r.problems().isEmpty()) {
            throw RpcException.conflict("the destination cannot take " + name + ": " + String.join("; ", r.problems()));
        }
        // Set up before the freeze, off the frozen time; nothing listens behind it until the dump.
        pagePort = freeLoopbackPort();
        try {
            pagePortThere = peer.forwardToHere(pagePort);
        } catch (IOException e) {
            throw new IOException("the destination refused to forward the page port (it allows that only to a session"
                    + " logged in with a migration grant, on loopback): " + Failures.message(e), e);
        }
        task.checkCancel();
        // the upper layer while it runs: the frozen transfer sends only what changes after
        upperCopy = UpperDelta.preCopy(rt, peer, name, task, 5, 10);
    }

    private void dump(String name) throws IOException {
        phase = "dump";
        task.phase("dump", 10, "freezing and dumping " + name + " without its memory");
        LazySource.allowPageServerPipes();
        source = rt.migrations().startLazyCheckpoint(name, "127.0.0.1", pagePort, CheckpointOptions.DEFAULT);
        task.frozen("dump", source.frozenMillis());
        LOG.info("post-copy migration of {}: dumped but the memory in {} ms, page server on 127.0.0.1:{}", name,
                source.dumpMillis(), source.port());
    }

    private void transfer(String name) throws Exception {
        phase = "transfer";
        long t0 = System.nanoTime();
        try {
            task.checkCancel();
            if (upperCopy != null && upperCopy.covers(source.upperLayer())) {
                upperCopy.sendFrozen(peer, name, source.directory(), task, "transfer", 20, 40, hooks);
                return;
            }
            long size = DirectoryUpload.size(source.directory())
                    + (source.upperLayer() == null ? 0 : DirectoryUpload.size(source.upperLayer()));
            task.phase("transfer", 20, "sending the checkpoint without memory, and the upper layer (" + size + " bytes)");
            DirectoryUpload.send(peer, PostCopyProtocol.PUT_COMMAND + " " + name, source.directory(), source.upperLayer(),
                    sent -> task.progress(sent, size, 20, 40), task::cancelRequested, hooks);
        } finally {
            task.frozen("transfer", Task.millisSince(t0));
        }
    }

    private void restoreThere(String name) throws Exception {
        phase = "restore";
        long t0 = System.nanoTime();
        try {
            task.checkCancel();
            task.phase("restore", 45, "restoring " + name + " on the destination, its memory to follow");
            // From here the destination claims the address; a roll-back claims it back.
            withdrawn = true;
            // recorded first: a thaw after this agent died claims the address again
            source.addressWithdrawn();
            rt.network().withdraw(name);
            MigrationRestoreResult r = peer.call(PostCopyProtocol.RESTORE_LAZY, new LazyRestoreParams(name, pagePortThere),
                    MigrationRestoreResult.class, CALL);
            runningThere = true;
            runningFor = r.runningForMillis();
        } finally {
            // it ran there before the answer came: the destination's bookkeeping is not frozen time
            task.frozen("restore", Math.max(0, Task.millisSince(t0) - runningFor));
        }
    }

    /** The container runs there; its memory moves now. Not frozen time. Cancels are too late. */
    private void awaitPages(String name) throws Exception {
        phase = "pages";
        long total = memoryEstimate(name);
        task.phase("pages", 50, "moving the memory while " + name + " runs on the destination"
                + (total > 0 ? " (about " + total + " bytes)" : ""));
        long deadline = System.nanoTime() + PAGES_LIMIT.toNanos();
        boolean dropped = false;
        while (!source.awaitServed(POLL)) {
            if (!peer.open()) {
                throw new IOException("the connection to the destination dropped while the memory was moving");
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the memory did not move within " + PAGES_LIMIT.toMinutes() + " min");
            }
            long sent = source.bytesServed();
            task.progress(sent, Math.max(total, sent), 50, 90);
            if (!dropped && sent > 0 && hooks.armed(TestHooks.DROP_PAGES)) {
                dropped = true;
                peer.close();
                throw new IOException("connection to the destination dropped while the memory was moving (test hook)");
            }
        }
        // The page server is done; the destination says whether everything arrived.
        peer.call(PostCopyProtocol.PAGES, new NameParams(name), Void.class, PAGES_LIMIT.plus(CALL));
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
            LOG.warn("post-copy migration of {}: cannot remove the copy here: {}", name, e.getMessage());
        }
    }

    private void rollBack(String name, Exception cause) {
        HeldRollBack.run(task, rt, name, cause, new HeldRollBack.State("post-copy migration", phase, committed, runningThere, withdrawn,
                upperCopy != null, source, peer));
    }

    /** The container's memory use now: what the page server will send, roughly. 0 when unknown. */
    private long memoryEstimate(String name) {
        try {
            return Math.max(0, rt.usage(name).memoryBytes());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
