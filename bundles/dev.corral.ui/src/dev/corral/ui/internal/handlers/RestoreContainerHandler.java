package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.migration.Checkpoints;
import dev.corral.core.operations.RestoreOperation;
import dev.corral.model.Container;
import dev.corral.protocol.CheckpointInfo;
import dev.corral.ui.internal.FleetAccess;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.Operations;
import dev.corral.ui.internal.migration.RestoreDialog;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Restores the selected container from a checkpoint the operator chooses: the agent's list is read
 * in a job, the choice is made in a dialog, the restore runs as an operation.
 */
public class RestoreContainerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        FleetService fleet = FleetAccess.peek();
        List<Container> containers = Selections.containers(event);
        if (fleet == null || containers.isEmpty() || fleet.read(containers.get(0)::eContainer) == null) {
            return null;
        }
        Container container = containers.get(0);
        Shell shell = Selections.shell(event);
        String name = fleet.read(container::getName);
        Job list = new Job(NLS.bind(Messages.RestoreContainerHandler_listing, name)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<CheckpointInfo> checkpoints;
                try {
                    checkpoints = Checkpoints.list(fleet, container, monitor);
                } catch (CoreException e) {
                    return e.getStatus();
                }
                if (!shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> choose(shell, fleet, container, checkpoints));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JobFamilies.QUERIES;
            }
        };
        list.setUser(true);
        list.schedule();
        return null;
    }

    private static void choose(Shell shell, FleetService fleet, Container container, List<CheckpointInfo> checkpoints) {
        if (shell.isDisposed()) {
            return;
        }
        String chosen = RestoreDialog.choose(shell, fleet.read(container::getName), checkpoints);
        if (chosen != null) {
            Operations.schedule(fleet, new RestoreOperation(fleet, container, chosen));
        }
    }
}
