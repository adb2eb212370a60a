package dev.corral.core.internal;

import dev.corral.core.FleetService;
import dev.corral.core.client.AgentClient;
import dev.corral.core.client.AgentException;
import dev.corral.core.migration.TaskProgress;
import dev.corral.core.operations.FollowTaskOperation;
import dev.corral.core.operations.OperationJob;
import dev.corral.model.Host;
import dev.corral.model.Task;
import dev.corral.model.TaskState;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskList;
import java.util.List;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * At every (re)connect, the host's agent tasks ({@code task.list}) into the console: a running one
 * that nobody here follows gets a job following it (continuing its earlier record when this console
 * has one), an ended one is recorded with its outcome (or corrects an earlier record that could not
 * know it). Tasks run on the agent whoever started them, so this is how the console sees migrations
 * started by corralctl, by an earlier session, or before a dropped connection. While connected, the
 * agent's {@code event.task} of a running task nobody here follows does the same ({@link #noticed}).
 */
public final class TaskAttach {

    private TaskAttach() {
    }

    /** Lists the agent's tasks and takes them in; an agent without tasks has none. */
    public static void attach(FleetService fleet, Host host, AgentClient client, IProgressMonitor monitor)
            throws CoreException {
        TaskList list;
        try {
            list = client.call(Methods.TASK_LIST, null, TaskList.class, fleet.getSettings().getRequestTimeout(),
                    monitor);
        } catch (AgentException e) {
            if (e.getCode() == ErrorCodes.METHOD_NOT_FOUND) {
                return; // an agent older than tasks
            }
            throw e;
        }
        List<TaskInfo> tasks = list == null || list.tasks() == null ? List.of() : list.tasks();
        String hostName = fleet.read(host::getName);
        for (TaskInfo info : tasks) {
            if (info != null && info.id() != null) {
                take(fleet, host, hostName, info);
            }
        }
    }

    /**
     * An {@code event.task} of the host (on the connection's reader thread: schedules, never waits):
     * a running task nobody here follows or is starting, e.g. a migration corralctl started while
     * the console is connected, gets a follower. Ended ones are left to the next connect's listing.
     */
    public static void noticed(FleetService fleet, Host host, TaskInfo info) {
        if (info == null || info.id() == null || info.done()
                || fleet.getFollowedTasks().isFollowed(host, info.id())
                || fleet.getFollowedTasks().isStarting(host, info.target())) {
            return;
        }
        String hostName = fleet.read(host::getName);
        Task record = fleet.findTask(hostName, info.id());
        if (record != null && fleet.read(record::getState) != TaskState.DETACHED) {
            return; // followed and ended here already: a late event of it
        }
        follow(fleet, host, hostName, info, record);
    }

    private static void take(FleetService fleet, Host host, String hostName, TaskInfo info) {
        if (fleet.getFollowedTasks().isFollowed(host, info.id())) {
            return; // an operation of this console follows it already
        }
        Task record = fleet.findTask(hostName, info.id());
        if (!info.done()) {
            follow(fleet, host, hostName, info, record);
            return;
        }
        TaskState outcome = TaskProgress.state(info);
        String message = TaskProgress.result(info);
        long ended = TaskProgress.millis(info.ended());
        if (record == null) {
            fleet.recordEndedTask(title(fleet, info, hostName), hostName, info.id(), outcome, message,
                    TaskProgress.millis(info.started()), ended);
        } else if (fleet.read(record::getState) != outcome) {
            // e.g. detached when the console stopped or lost the host: the agent knows how and when it ended
            if (ended > 0) {
                fleet.endTask(record, outcome, message, ended);
            } else {
                fleet.endTask(record, outcome, message);
            }
        }
    }

    /** Names a migration's destination as this console does where it has that host. */
    private static String title(FleetService fleet, TaskInfo info, String hostName) {
        return TaskProgress.title(info, hostName, TaskDestination.name(fleet, info.destination()));
    }

    private static void follow(FleetService fleet, Host host, String hostName, TaskInfo info, Task record) {
        if (!fleet.getFollowedTasks().claim(host, info.id())) {
            return;
        }
        String title = record == null ? title(fleet, info, hostName) : fleet.read(record::getTitle);
        Job job = new OperationJob(fleet, new FollowTaskOperation(fleet, host, info, title), record, false);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // also when the job never ran (cancelled while waiting for its rule)
                fleet.getFollowedTasks().release(host, info.id());
            }
        });
        job.schedule();
    }
}
