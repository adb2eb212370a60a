package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.internal.Messages;
import dev.corral.core.migration.TaskProgress;
import dev.corral.model.Host;
import dev.corral.protocol.TaskInfo;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A task found running on a host's agent when the console (re)connected: started by an earlier
 * console session, by corralctl, or by this console before the connection dropped. Follows it like
 * the operation that started it would have, until the agent ends it; cancelling it cancels the
 * agent's task. Its record shows when the agent began it. At its end the source and the destination
 * the agent names are brought up to date (every connected host for an older agent, which does not
 * name it).
 */
public class FollowTaskOperation extends AgentTaskOperation {

    private final TaskInfo found;
    private final String title;

    /** @param title the task log's title for it (the earlier record's, or one made from the task) */
    public FollowTaskOperation(FleetService fleet, Host host, TaskInfo found, String title) {
        super(fleet, host, found.target() == null ? "" : found.target());
        this.found = found;
        this.title = title;
    }

    @Override
    public String getTitle() {
        return title;
    }

    /** The agent's id of the task followed. */
    public String getTaskId() {
        return found.id();
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getTitle(), 100);
        long started = TaskProgress.millis(found.started());
        if (started > 0) {
            report().startedAt(started);
        }
        try (AgentTaskFollower follower = follower()) {
            finished(follower.await(found, true, sub));
        }
        refreshHosts(getFinished().destination());
        outcome(Messages.FollowTaskOperation_failed, hostName);
    }
}
