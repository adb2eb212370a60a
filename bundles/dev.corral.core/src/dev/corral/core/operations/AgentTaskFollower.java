package dev.corral.core.operations;

import dev.corral.core.CorralCore;
import dev.corral.core.FleetService;
import dev.corral.core.HostConnection;
import dev.corral.core.StatusCodes;
import dev.corral.core.client.AgentClient;
import dev.corral.core.client.AgentException;
import dev.corral.core.client.TaskEvents;
import dev.corral.core.internal.Messages;
import dev.corral.core.migration.TaskProgress;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskParams;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Follows one task of a host's agent until it ends: its {@code event.task} progress into the
 * monitor and the task log, {@code task.status} when the agent has been quiet (an event may be
 * lost with a reconnect), a cancel through the monitor as one {@code task.cancel}, after which
 * the wait goes on for the agent's rollback. The task runs on the agent: while the connection is
 * down and being re-established the follower waits for it; when the operator disconnected the
 * host it stops following and says so (the task goes on, and is re-attached at the next connect).
 * <p>
 * Collects events from construction on, so one created before the request that starts a task
 * misses none of its events; {@link #close()} stops that.
 */
final class AgentTaskFollower implements AutoCloseable {

    /** Without news from the agent for this long, ask it how the task stands. */
    static final Duration POLL_QUIET = Duration.ofSeconds(3);

    private final FleetService fleet;
    private final HostConnection connection;
    private final CorralOperation.TaskReport report;
    private final BlockingQueue<TaskInfo> events = new LinkedBlockingQueue<>();
    private final TaskEvents.Following following;
    private String claimed;

    AgentTaskFollower(FleetService fleet, HostConnection connection, CorralOperation.TaskReport report) {
        this.fleet = fleet;
        this.connection = connection;
        this.report = report;
        this.following = connection.getTaskEvents().follow(events::add);
    }

    /**
     * Waits for the task to end, showing its progress.
     *
     * @param known   the task as last heard of
     * @param askNow  ask the agent at once (the task was found in a listing: events sent since are lost)
     */
    TaskInfo await(TaskInfo known, boolean askNow, SubMonitor monitor) throws CoreException {
        String id = known.id();
        claim(id);
        report.agentTask(id);
        TaskInfo last = known;
        int worked = 0;
        boolean cancelSent = false;
        long quietSince = System.nanoTime() - (askNow ? POLL_QUIET.toNanos() + 1 : 0);
        while (true) {
            worked = show(last, monitor, worked, cancelSent);
            if (last.done()) {
                return last;
            }
            if (!cancelSent && monitor.isCanceled()) {
                TaskInfo answer = ask(Methods.TASK_CANCEL, id);
                if (answer != null) {
                    cancelSent = true;
                    // keep waiting: the operation ends when the agent has rolled back, not before
                    monitor.setCanceled(false);
                    last = orLater(last, answer);
                    continue;
                }
                // not connected right now: the cancel is sent once the connection is back
            }
            TaskInfo next;
            try {
                next = events.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
            if (next != null) {
                if (id.equals(next.id())) {
                    last = orLater(last, next);
                    quietSince = System.nanoTime();
                }
            } else if (System.nanoTime() - quietSince > POLL_QUIET.toNanos()) {
                TaskInfo answer = ask(Methods.TASK_STATUS, id);
                if (answer != null) {
                    last = orLater(last, answer);
                    quietSince = System.nanoTime();
                }
            }
        }
    }

    /** This console follows the task now: a re-attach or its events must not start another follower. */
    void claim(String id) {
        fleet.getFollowedTasks().claim(connection.getHost(), id);
        claimed = id;
    }

    /**
     * One request about the task; null when the connection is down but comes back (the caller asks
     * again later).
     */
    private TaskInfo ask(String method, String id) throws CoreException {
        AgentClient client = connection.getClient();
        if (client == null) {
            return waitingForConnection();
        }
        try {
            return client.call(method, new TaskParams(id), TaskInfo.class, fleet.getSettings().getRequestTimeout(),
                    null);
        } catch (AgentException e) {
            if (e.getCode() == ErrorCodes.NOT_FOUND) {
                // the agent keeps its tasks in memory: it restarted, or dropped the task as one of its oldest
                throw CorralCore.exception(StatusCodes.AGENT_ERROR,
                        NLS.bind(Messages.AgentTask_unknown, id, fleet.read(connection.getHost()::getName)), e);
            }
            throw e;
        } catch (CoreException e) {
            if (connection.getClient() == null) {
                return waitingForConnection();
            }
            throw e;
        }
    }

    private TaskInfo waitingForConnection() throws CoreException {
        if (connection.isWanted()) {
            return null;
        }
        throw CorralCore.exception(StatusCodes.CONNECTION_LOST,
                NLS.bind(Messages.AgentTask_notFollowed, fleet.read(connection.getHost()::getName)), null);
    }

    /** A finished task never goes back to running because an older event arrives late. */
    static TaskInfo orLater(TaskInfo current, TaskInfo next) {
        if (next == null || (current.done() && !next.done())) {
            return current;
        }
        return next;
    }

    private int show(TaskInfo info, SubMonitor monitor, int worked, boolean cancelling) {
        String text = TaskProgress.describe(info);
        if (cancelling && !info.done()) {
            text = NLS.bind(Messages.MigrateOperation_cancelling, text);
        }
        monitor.subTask(text);
        int percent = TaskProgress.percent(info);
        report.progress(percent, text);
        if (percent > worked) {
            monitor.worked(percent - worked);
            return percent;
        }
        return worked;
    }

    @Override
    public void close() {
        following.close();
        if (claimed != null) {
            fleet.getFollowedTasks().release(connection.getHost(), claimed);
        }
    }
}
