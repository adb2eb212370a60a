package dev.corral.core.operations;

import dev.corral.core.CorralCore;
import dev.corral.core.FleetService;
import dev.corral.core.HostConnection;
import dev.corral.core.JobFamilies;
import dev.corral.core.StatusCodes;
import dev.corral.core.client.AgentClient;
import dev.corral.core.client.TaskEvents;
import dev.corral.core.internal.ContainerEvents;
import dev.corral.core.internal.ContainerMapper;
import dev.corral.core.internal.Messages;
import dev.corral.core.migration.TaskProgress;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.protocol.AgentKey;
import dev.corral.protocol.AuthorizeParams;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskParams;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;

/**
 * Moves a container to another host, the agents doing the work: authorizes the source agent's key
 * on the destination (revoked when the task ends), starts {@code container.migrate} on the source
 * with the destination's pinned host key, and follows the agent's task ({@code event.task}) into the monitor and the
 * task log until it ends. Cancelling asks the agent to cancel ({@code task.cancel}) and waits for
 * its rollback, so the operation ends only when the container runs on exactly one host again.
 */
public class MigrateOperation extends ContainerOperation {

    /** Without news from the agent for this long, ask it how the task stands (an event may be lost). */
    static final Duration POLL_QUIET = Duration.ofSeconds(3);

    private final Host destination;
    private final String destinationName;
    private final boolean restart;
    private final boolean postCopy;
    private volatile TaskReport report = (percent, message) -> {
    };
    private volatile TaskInfo finished;

    public MigrateOperation(FleetService fleet, Container container, Host destination, boolean restart,
            boolean postCopy) {
        super(fleet, container);
        this.destination = destination;
        this.destinationName = fleet.read(destination::getName);
        this.restart = restart;
        this.postCopy = postCopy;
    }

    @Override
    public String getTitle() {
        return NLS.bind(restart ? Messages.MigrateOperation_titleRestart : Messages.MigrateOperation_title,
                new Object[] { name, hostName, destinationName });
    }

    public Host getDestination() {
        return destination;
    }

    public boolean isRestart() {
        return restart;
    }

    @Override
    public ISchedulingRule getSchedulingRule() {
        return MultiRule.combine(new ContainerRule(host, name), new ContainerRule(destination, name));
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == JobFamilies.MIGRATIONS || family == destination || super.belongsTo(family);
    }

    @Override
    public void reportTo(TaskReport taskReport) {
        this.report = taskReport;
    }

    /** The agent's task as it ended, once it did. */
    public TaskInfo getFinished() {
        return finished;
    }

    @Override
    public String getResultMessage() {
        TaskInfo t = finished;
        if (t == null) {
            return null;
        }
        String frozen = TaskProgress.frozen(t);
        return t.message() == null || t.message().isBlank() ? frozen
                : NLS.bind(Messages.MigrateOperation_done, frozen, t.message());
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getTitle(), 105);
        HostConnection sourceConnection = fleet.getConnection(host);
        AgentClient source = sourceConnection.requireClient();
        AgentClient target = fleet.getConnection(destination).requireClient();
        Duration request = fleet.getSettings().getRequestTimeout();

        String hostKey = destinationHostKey();
        step(sub, NLS.bind(Messages.MigrateOperation_authorizing, hostName, destinationName), 0);
        AgentKey key = source.call(Methods.AGENT_PUBLIC_KEY, null, AgentKey.class, request, sub.split(2));
        target.call(Methods.MIGRATION_AUTHORIZE, new AuthorizeParams(key.publicKey(), 0), AgentKey.class, request,
                sub.split(1));

        BlockingQueue<TaskInfo> events = new LinkedBlockingQueue<>();
        try (TaskEvents.Following following = sourceConnection.getTaskEvents().follow(events::add)) {
            String mode = restart ? MigrateParams.RESTART : MigrateParams.LIVE;
            MigrateParams params = new MigrateParams(name, destinationAddress(hostKey), mode, postCopy && !restart);
            // not cancellable: a task the agent started while the console stopped listening would run unwatched;
            // a cancel meanwhile is seen by follow(), which cancels the task itself
            TaskInfo task = source.call(Methods.CONTAINER_MIGRATE, params, TaskInfo.class, request, null);
            sub.worked(2);
            finished = follow(sourceConnection, task, events, sub.split(100));
        } finally {
            revoke(key);
        }
        refreshBothHosts();
        if (TaskInfo.CANCELLED.equals(finished.state())) {
            throw new OperationCanceledException();
        }
        if (!TaskInfo.SUCCEEDED.equals(finished.state())) {
            throw CorralCore.exception(StatusCodes.AGENT_ERROR, NLS.bind(Messages.MigrateOperation_failed,
                    new Object[] { name, destinationName, finished.message() }), null);
        }
    }

    /** The grant was for this migration only; it also expires on its own if this fails. */
    private void revoke(AgentKey key) {
        AgentClient target = fleet.getConnection(destination).getClient();
        if (target != null) {
            try {
                target.call(Methods.MIGRATION_REVOKE, new AuthorizeParams(key.publicKey(), 0), Object.class,
                        fleet.getSettings().getRequestTimeout(), null);
            } catch (CoreException | OperationCanceledException e) {
                // the grant expires by itself (the agent's default, minutes)
            }
        }
    }

    private MigrateParams.Destination destinationAddress(String hostKey) {
        return fleet.read(() -> new MigrateParams.Destination(destination.getAddress(), destination.getPort(), hostKey));
    }

    private String destinationHostKey() throws CoreException {
        String address = fleet.read(destination::getAddress);
        int port = fleet.read(destination::getPort);
        try {
            String key = fleet.getKnownHosts().pinnedKey(address, port);
            if (key != null) {
                return key;
            }
        } catch (IOException e) {
            throw CorralCore.exception(StatusCodes.STORAGE, e.getMessage(), e);
        }
        throw CorralCore.exception(StatusCodes.HOST_KEY_REJECTED,
                NLS.bind(Messages.MigrationPrecheck_noHostKey, destinationName), null);
    }

    /**
     * Waits for the agent's task to end, showing its progress. A cancel through the monitor becomes
     * one {@code task.cancel}; the wait goes on for the agent's rollback.
     */
    private TaskInfo follow(HostConnection connection, TaskInfo started, BlockingQueue<TaskInfo> events,
            SubMonitor monitor) throws CoreException {
        String id = started.id();
        TaskInfo last = started;
        int worked = 0;
        boolean cancelSent = false;
        long quietSince = System.nanoTime();
        while (true) {
            worked = show(last, monitor, worked, cancelSent);
            if (last.done()) {
                return last;
            }
            if (!cancelSent && monitor.isCanceled()) {
                cancelSent = true;
                // keep waiting: the operation ends when the agent has rolled back, not before
                monitor.setCanceled(false);
                AgentClient client = connection.requireClient();
                last = orLater(last, client.call(Methods.TASK_CANCEL, new TaskParams(id), TaskInfo.class,
                        fleet.getSettings().getRequestTimeout(), null));
                continue;
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
                // events may be lost with a reconnect; the task goes on at the agent regardless
                AgentClient client = connection.requireClient();
                last = orLater(last, client.call(Methods.TASK_STATUS, new TaskParams(id), TaskInfo.class,
                        fleet.getSettings().getRequestTimeout(), null));
                quietSince = System.nanoTime();
            }
        }
    }

    /** A finished task never goes back to running because an older event arrives late. */
    private static TaskInfo orLater(TaskInfo current, TaskInfo next) {
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
        report.progress(TaskProgress.percent(info), text);
        int percent = TaskProgress.percent(info);
        if (percent > worked) {
            monitor.worked(percent - worked);
            return percent;
        }
        return worked;
    }

    private void step(SubMonitor monitor, String text, int percent) {
        monitor.subTask(text);
        report.progress(percent, text);
    }

    /**
     * The agents' state events normally move the container; reading it on the destination and
     * listing the source makes sure of it (and the status read makes the destination's agent
     * announce a container that arrived behind its container list's back).
     */
    private void refreshBothHosts() {
        AgentClient there = fleet.getConnection(destination).getClient();
        if (there != null && TaskInfo.SUCCEEDED.equals(finished.state())) {
            try {
                ContainerInfo info = there.call(Methods.CONTAINER_STATUS, new NameParams(name), ContainerInfo.class,
                        fleet.getSettings().getRequestTimeout(), null);
                fleet.modify(() -> ContainerMapper.apply(destination, info));
            } catch (CoreException | OperationCanceledException e) {
                // the destination's events or its next listing will show it
            }
        }
        AgentClient here = fleet.getConnection(host).getClient();
        if (here != null) {
            try {
                ContainerEvents.list(fleet, host, here, null);
            } catch (CoreException | OperationCanceledException e) {
                // the source's events already did it, or the next connect will
            }
        }
    }
}
