package dev.corral.core;

import dev.corral.core.internal.Messages;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Writes the fleet file in the background; rescheduling within the delay coalesces writes. */
final class SaveJob extends Job {

    static final long DELAY_MILLIS = 200;

    private final FleetService fleet;

    SaveJob(FleetService fleet) {
        super(Messages.SaveJob_name);
        this.fleet = fleet;
        setSystem(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == JobFamilies.SAVE;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            fleet.save();
            return Status.OK_STATUS;
        } catch (CoreException e) {
            return e.getStatus();
        }
    }
}
