package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.StatusCodes;
import dev.corral.core.internal.Messages;
import dev.corral.model.Task;
import dev.corral.model.TaskState;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Runs a {@link CorralOperation} and records it as a {@link Task}: start, end, outcome, message. */
public class OperationJob extends Job {

    private final FleetService fleet;
    private final CorralOperation operation;
    private final Task resumed;

    public OperationJob(FleetService fleet, CorralOperation operation) {
        this(fleet, operation, null, true);
    }

    /**
     * @param resumed an earlier record this run continues (a re-attached agent task), or null for a new one
     * @param user    whether the operator started it (else it runs without a progress dialog)
     */
    public OperationJob(FleetService fleet, CorralOperation operation, Task resumed, boolean user) {
        super(operation.getTitle());
        this.fleet = fleet;
        this.operation = operation;
        this.resumed = resumed;
        setRule(operation.getSchedulingRule());
        setUser(user);
    }

    public CorralOperation getOperation() {
        return operation;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == JobFamilies.OPERATIONS || operation.belongsTo(family);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Task task = resumed != null ? fleet.resumeTask(resumed)
                : fleet.beginTask(operation.getTitle(), operation.getHostName());
        operation.reportTo(new CorralOperation.TaskReport() {
            @Override
            public void progress(int percent, String message) {
                fleet.progressTask(task, percent, message);
            }

            @Override
            public void agentTask(String id) {
                fleet.linkTask(task, id);
            }

            @Override
            public void startedAt(long epochMillis) {
                fleet.taskStarted(task, epochMillis);
            }
        });
        try {
            operation.execute(monitor);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            fleet.endTask(task, TaskState.DONE, operation.getResultMessage());
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            fleet.endTask(task, TaskState.CANCELLED, Messages.OperationJob_cancelled);
            return Status.CANCEL_STATUS;
        } catch (CoreException e) {
            IStatus status = e.getStatus();
            boolean cancelled = status.getSeverity() == IStatus.CANCEL;
            boolean detached = status.getCode() == StatusCodes.CONNECTION_LOST && fleet.read(task::getAgentTask) != null;
            // an agent's task goes on when the console stops following it: not failed, detached
            fleet.endTask(task, cancelled ? TaskState.CANCELLED : detached ? TaskState.DETACHED : TaskState.FAILED,
                    status.getMessage());
            return status;
        } catch (RuntimeException e) {
            fleet.endTask(task, TaskState.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }
}
