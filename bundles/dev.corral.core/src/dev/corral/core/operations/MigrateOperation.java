package dev.corral.core.operations;

import dev.corral.core.CorralCore;
import dev.corral.core.FleetService;
import dev.corral.core.StatusCodes;
import dev.corral.core.client.AgentClient;
import dev.corral.core.client.AgentException;
import dev.corral.core.internal.Messages;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.protocol.AgentKey;
import dev.corral.protocol.AuthorizeParams;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TaskInfo;
import java.io.IOException;
import java.time.Duration;
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
 * with the destination's pinned host key and the chosen mode, and follows the agent's task
 * ({@code event.task}) into the monitor and the task log until it ends. Cancelling asks the agent
 * to cancel ({@code task.cancel}) and waits for its rollback, so the operation ends only when the
 * container runs on exactly one host again. An agent refusing the mode (one it cannot do) fails the
 * operation with the agent's message.
 */
public class MigrateOperation extends AgentTaskOperation {

    private final Host destination;
    private final String destinationName;
    private final boolean restart;
    private final boolean postCopy;

    /**
     * @param restart  stop, copy and start there instead of a live migration
     * @param postCopy live only: restore on the destination before the memory has moved (lazy pages)
     */
    public MigrateOperation(FleetService fleet, Container container, Host destination, boolean restart,
            boolean postCopy) {
        super(fleet, container);
        this.destination = destination;
        this.destinationName = fleet.read(destination::getName);
        this.restart = restart;
        this.postCopy = postCopy && !restart;
    }

    @Override
    public String getTitle() {
        String title = restart ? Messages.MigrateOperation_titleRestart
                : postCopy ? Messages.MigrateOperation_titlePostCopy : Messages.MigrateOperation_title;
        return NLS.bind(title, new Object[] { name, hostName, destinationName });
    }

    public Host getDestination() {
        return destination;
    }

    public boolean isRestart() {
        return restart;
    }

    public boolean isPostCopy() {
        return postCopy;
    }

    /** What {@code container.migrate} is asked (the destination's host key as pinned here). */
    public MigrateParams params() throws CoreException {
        return new MigrateParams(name, destinationAddress(destinationHostKey()),
                restart ? MigrateParams.RESTART : MigrateParams.LIVE, postCopy);
    }

    @Override
    public ISchedulingRule getSchedulingRule() {
        return MultiRule.combine(new ContainerRule(host, name), new ContainerRule(destination, name));
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == destination || super.belongsTo(family);
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getTitle(), 105);
        AgentClient source = fleet.getConnection(host).requireClient();
        AgentClient target = fleet.getConnection(destination).requireClient();
        Duration request = fleet.getSettings().getRequestTimeout();

        MigrateParams params = params();
        step(sub, NLS.bind(Messages.MigrateOperation_authorizing, hostName, destinationName), 0);
        AgentKey key = source.call(Methods.AGENT_PUBLIC_KEY, null, AgentKey.class, request, sub.split(2));
        target.call(Methods.MIGRATION_AUTHORIZE, new AuthorizeParams(key.publicKey(), 0), AgentKey.class, request,
                sub.split(1));

        try (AgentTaskFollower follower = follower()) {
            TaskInfo task;
            // the task's first events may come before the answer: they are this operation's, not one to re-attach to
            fleet.getFollowedTasks().starting(host, name);
            try {
                // not cancellable: a task the agent started while the console stopped listening would run unwatched;
                // a cancel meanwhile is seen by the follower, which cancels the task itself
                task = source.call(Methods.CONTAINER_MIGRATE, params, TaskInfo.class, request, null);
                follower.claim(task.id());
            } catch (AgentException e) {
                // e.g. a mode this agent does not do: its own words say which and why
                throw CorralCore.exception(StatusCodes.AGENT_ERROR, NLS.bind(Messages.MigrateOperation_refused,
                        new Object[] { name, destinationName, e.getAgentMessage() }), e);
            } finally {
                fleet.getFollowedTasks().started(host, name);
            }
            sub.worked(2);
            finished(follower.await(task, false, sub.split(100)));
        } finally {
            revoke(key);
        }
        refreshHosts(destination);
        outcome(Messages.MigrateOperation_failed, destinationName);
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

    private void step(SubMonitor monitor, String text, int percent) {
        monitor.subTask(text);
        report().progress(percent, text);
    }
}
