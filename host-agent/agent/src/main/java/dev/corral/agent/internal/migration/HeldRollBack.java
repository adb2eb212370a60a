package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.TaskInfo;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.FrozenDump;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a live migration that holds its container frozen here (stop-and-copy, post-copy) ends when
 * it fails or is cancelled before the destination committed: the destination's copy goes first
 * (it must not run twice), then the frozen copy here thaws and claims its address again; the task
 * says what happened and where the container runs. After a commit, or with the outcome unknown,
 * nothing is thawed.
 */
final class HeldRollBack {

    private static final Logger LOG = LoggerFactory.getLogger(HeldRollBack.class);
    private static final Duration CALL = Duration.ofMinutes(5);

    /**
     * Where the migration got to.
     *
     * @param kind               "migration", "post-copy migration": for the log
     * @param destinationTouched the destination holds something of it (a page sink, an upload)
     * @param source             the frozen copy here; null when the dump never held one
     */
    record State(String kind, String phase, boolean committed, boolean runningThere, boolean withdrawn,
                 boolean destinationTouched, FrozenDump source, PeerClient peer) {
    }

    private HeldRollBack() {
    }

    static void run(Task task, ContainerRuntime rt, String name, Exception cause, State s) {
        String why = Failures.message(cause);
        if (s.committed()) {
            task.finish(TaskInfo.SUCCEEDED, "container " + name + " runs on the destination; removing it here failed: " + why);
            return;
        }
        if (cause instanceof CommitCall.Unknown u) {
            // Interrupted (the agent stops) while the outcome is unknown: the frozen copy stays.
            LOG.warn("{} of {}: outcome unknown, left frozen here: {}", s.kind(), name, why);
            task.finish(TaskInfo.FAILED, CommitCall.unknownText(name, u, "its frozen copy is kept here, not running",
                    "the frozen copy here is the only one left: see docs/migration.md"));
            return;
        }
        boolean cancelled = task.cancelRequested() && (!s.runningThere() || cause instanceof CommitCall.TakenBack);
        LOG.warn("{} of {} {} in phase {}: {}", s.kind(), name, cancelled ? "cancelled" : "failed", s.phase(), why);
        task.phase("rollback", 0, "taking " + name + " back: " + why);
        List<String> notes = new ArrayList<>();
        if (cause instanceof CommitCall.Discarded) {
            notes.add("the destination has no copy left");
        } else if (s.peer() != null && (s.source() != null || s.destinationTouched())) {
            discardThere(s.peer(), name, notes);
        }
        String text = (cancelled ? "cancelled" : "failed") + " in phase " + s.phase() + ": " + why + "; "
                + takeBack(task, rt, name, s) + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        task.finish(cancelled ? TaskInfo.CANCELLED : TaskInfo.FAILED, text);
    }

    /** First the destination's copy goes (killed with its network locked), then the one here thaws. */
    private static void discardThere(PeerClient peer, String name, List<String> notes) {
        try {
            if (peer.open()) {
                peer.call(Methods.MIGRATION_DISCARD, new NameParams(name), Void.class, CALL);
            } else {
                notes.add("the destination removes its copy itself (the connection ended)");
            }
        } catch (RpcException | IOException | RuntimeException e) {
            notes.add("the destination removes its copy itself when the connection ends (" + Failures.message(e) + ")");
        }
        peer.close();
    }

    /** Thaws the frozen copy and claims its address again; says where the container is now. */
    private static String takeBack(Task task, ContainerRuntime rt, String name, State s) {
        if (s.source() == null) {
            return s.phase().equals("dump") ? "the dump was undone: it runs here as before"
                    : "it was not stopped and runs here as before";
        }
        long t0 = System.nanoTime();
        try {
            s.source().abort();
            if (s.withdrawn()) {
                rt.network().open(name);
            }
            return s.runningThere() ? "it runs here again from its frozen copy; what it did on the destination meanwhile is lost"
                    : "it runs here again";
        } catch (RuntimeError e) {
            return "thawing it here FAILED too (" + e.getMessage() + ")";
        } finally {
            task.frozen("rollback", Task.millisSince(t0));
        }
    }
}
