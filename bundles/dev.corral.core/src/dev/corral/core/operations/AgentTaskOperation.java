package dev.corral.core.operations;

import dev.corral.core.CorralCore;
import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.StatusCodes;
import dev.corral.core.client.AgentClient;
import dev.corral.core.internal.ContainerEvents;
import dev.corral.core.internal.ContainerMapper;
import dev.corral.core.internal.TaskDestination;
import dev.corral.core.migration.TaskProgress;
import dev.corral.model.ConnectionState;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.TaskInfo;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * An operation whose work is a task of the container's agent (a migration): it follows the task
 * until the agent ends it, and when it has, brings the fleet's view of the hosts involved up to date.
 */
public abstract class AgentTaskOperation extends ContainerOperation {

    private volatile TaskReport report = (percent, message) -> {
    };
    private volatile TaskInfo finished;

    protected AgentTaskOperation(FleetService fleet, Host host, String name) {
        super(fleet, host, name);
    }

    protected AgentTaskOperation(FleetService fleet, Container container) {
        super(fleet, container);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == JobFamilies.MIGRATIONS || super.belongsTo(family);
    }

    @Override
    public void reportTo(TaskReport taskReport) {
        this.report = taskReport;
    }

    protected TaskReport report() {
        return report;
    }

    /** The agent's task as it ended, once it did. */
    public TaskInfo getFinished() {
        return finished;
    }

    protected void finished(TaskInfo task) {
        this.finished = task;
    }

    @Override
    public String getResultMessage() {
        TaskInfo t = finished;
        return t == null ? null : TaskProgress.result(t);
    }

    /** Collects the source agent's task events from now on; await the task with it. */
    protected AgentTaskFollower follower() {
        return new AgentTaskFollower(fleet, fleet.getConnection(host), report);
    }

    /**
     * How the task ended, as the job's outcome: cancelled, or failed with the agent's words
     * ({@code failure} binds the container, {@code where} and the agent's message).
     */
    protected void outcome(String failure, String where) throws CoreException {
        TaskInfo t = finished;
        if (TaskInfo.CANCELLED.equals(t.state())) {
            throw new OperationCanceledException();
        }
        if (!TaskInfo.SUCCEEDED.equals(t.state())) {
            throw CorralCore.exception(StatusCodes.AGENT_ERROR,
                    NLS.bind(failure, new Object[] { name, where, t.message() }), null);
        }
    }

    /**
     * The agents' state events normally move the container; reading it where it went and listing
     * the source makes sure of it (the status read also makes the destination's agent announce a
     * container that arrived behind its container list's back). Where it went is unknown for a
     * task found on the agent: then every other connected host is listed.
     *
     * @param destination where the container went, or null when not known
     */
    protected void refreshHosts(Host destination) {
        boolean moved = finished != null && TaskInfo.SUCCEEDED.equals(finished.state());
        if (moved && destination != null) {
            AgentClient there = fleet.getConnection(destination).getClient();
            if (there != null) {
                try {
                    ContainerInfo info = there.call(Methods.CONTAINER_STATUS, new NameParams(name),
                            ContainerInfo.class, fleet.getSettings().getRequestTimeout(), null);
                    fleet.modify(() -> ContainerMapper.apply(destination, info));
                } catch (CoreException | OperationCanceledException e) {
                    // the destination's events or its next listing will show it
                }
            }
        } else if (moved) {
            for (Host other : fleet.getHosts()) {
                if (other != host && fleet.read(other::getState) == ConnectionState.CONNECTED) {
                    list(other);
                }
            }
        }
        list(host);
    }

    /**
     * {@link #refreshHosts(Host)} for a task found on the agent, by the destination it names
     * ({@code address:port}): that host when this console has it, none but the source when it does
     * not; every connected host when the agent named none (an older agent).
     */
    protected void refreshHosts(String destination) {
        Host there = TaskDestination.find(fleet, destination);
        if (destination == null || there != null) {
            refreshHosts(there);
        } else {
            list(host);
        }
    }

    private void list(Host h) {
        AgentClient client = fleet.getConnection(h).getClient();
        if (client != null) {
            try {
                ContainerEvents.list(fleet, h, client, null);
            } catch (CoreException | OperationCanceledException e) {
                // that host's events already did it, or its next connect will
            }
        }
    }
}
