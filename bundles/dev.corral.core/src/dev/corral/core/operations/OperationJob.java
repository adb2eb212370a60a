package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
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

    public OperationJob(FleetService fleet, CorralOperation operation) {
        super(operation.getTitle());
        this.fleet = fleet;
        this.operation = operation;
        setRule(operation.getSchedulingRule());
        setUser(true);
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
        Task task = fleet.beginTask(operation.getTitle(), operation.getHostName());
        operation.reportTo((percent, message) -> fleet.progressTask(task, percent, message));
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
            fleet.endTask(task, cancelled ? TaskState.CANCELLED : TaskState.FAILED, status.getMessage());
            return status;
        } catch (RuntimeException e) {
            fleet.endTask(task, TaskState.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }
}
