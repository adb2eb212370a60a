package dev.corral.ui.internal.migration;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.migration.MigrationCheck;
import dev.corral.core.migration.MigrationPrecheck;
import dev.corral.core.migration.PrecheckReport;
import dev.corral.core.operations.MigrateOperation;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.Operations;
import java.util.function.Supplier;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * What dropping a container on a host does, whichever way the drop arrives: refuse with the
 * reason when the model already says it cannot work; otherwise run the prechecks in a job, show
 * them for confirmation, and on OK run the migration as an operation. The display thread only
 * opens dialogs; every agent call happens in the jobs.
 */
public final class MigrationDrop {

    private final Supplier<FleetService> fleet;
    private final Supplier<Shell> shell;

    public MigrationDrop(Supplier<FleetService> fleet, Supplier<Shell> shell) {
        this.fleet = fleet;
        this.shell = shell;
    }

    /** The one container a selection drags, or null (nothing, several, or not a container). */
    public static Container dragged(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1 && s.getFirstElement() instanceof Container c) {
            return c;
        }
        return null;
    }

    /** Why dropping {@code selection} on {@code target} cannot migrate; null when it may. */
    public String refusal(ISelection selection, Object target) {
        FleetService f = fleet.get();
        Container container = dragged(selection);
        if (f == null || container == null || !(target instanceof Host host)) {
            return Messages.MigrationDrop_notAHost;
        }
        return MigrationCheck.refusal(f, container, host);
    }

    /**
     * The drop itself: says why when it cannot work, else starts the prechecks; returns their job
     * (null when refused at once).
     */
    public Job drop(Container container, Host destination) {
        FleetService f = fleet.get();
        String refusal = f == null ? Messages.MigrationDrop_notAHost : MigrationCheck.refusal(f, container, destination);
        if (refusal != null) {
            refused(refusal);
            return null;
        }
        Job precheck = new PrecheckJob(f, container, destination);
        precheck.schedule();
        return precheck;
    }

    /** Tells the operator why nothing happens (after the drag ended, never inside it). */
    public void refused(String reason) {
        Shell s = shell.get();
        if (s != null && !s.isDisposed()) {
            s.getDisplay().asyncExec(() -> {
                if (!s.isDisposed()) {
                    MessageDialog.openInformation(s, Messages.MigrationDrop_title, reason);
                }
            });
        }
    }

    private void confirm(FleetService f, Container container, Host destination, PrecheckReport report) {
        Shell s = shell.get();
        if (s == null || s.isDisposed()) {
            return;
        }
        MigrationDialog.Choice choice = MigrationDialog.open(s, report);
        if (choice == MigrationDialog.Choice.CANCEL) {
            return;
        }
        // the world may have changed while the dialog was open
        String refusal = MigrationCheck.refusal(f, container, destination);
        if (refusal != null) {
            MessageDialog.openInformation(s, Messages.MigrationDrop_title, refusal);
            return;
        }
        Operations.schedule(f, new MigrateOperation(f, container, destination,
                choice == MigrationDialog.Choice.RESTART, choice == MigrationDialog.Choice.POST_COPY));
    }

    private void failed(String container, String destination, IStatus status) {
        Shell s = shell.get();
        if (s != null && !s.isDisposed()) {
            MessageDialog.openError(s, Messages.MigrationDrop_title,
                    NLS.bind(Messages.MigrationDrop_precheckFailed, new Object[] { container, destination, status.getMessage() }));
        }
    }

    /** The prechecks, then the confirmation on the display thread. */
    private final class PrecheckJob extends Job {

        private final FleetService f;
        private final Container container;
        private final Host destination;

        PrecheckJob(FleetService f, Container container, Host destination) {
            super(NLS.bind(Messages.MigrationDrop_checking, f.read(container::getName), f.read(destination::getName)));
            this.f = f;
            this.container = container;
            this.destination = destination;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Shell s = shell.get();
            if (s == null || s.isDisposed()) {
                return Status.CANCEL_STATUS;
            }
            try {
                PrecheckReport report = new MigrationPrecheck(f, container, destination).run(monitor);
                s.getDisplay().asyncExec(() -> confirm(f, container, destination, report));
            } catch (CoreException e) {
                String name = f.read(container::getName);
                String to = f.read(destination::getName);
                s.getDisplay().asyncExec(() -> failed(name, to, e.getStatus()));
            }
            return Status.OK_STATUS;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == JobFamilies.MIGRATIONS || family == JobFamilies.QUERIES || family == destination;
        }
    }
}
