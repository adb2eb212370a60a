package dev.corral.ui.internal;

import dev.corral.core.FleetService;
import dev.corral.core.operations.CorralOperation;
import dev.corral.core.operations.OperationJob;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

/** Schedules operations from the UI; their errors reach the operator through {@link ErrorReporter} only. */
public final class Operations {

    private Operations() {
    }

    public static Job schedule(FleetService fleet, CorralOperation operation) {
        OperationJob job = new OperationJob(fleet, operation);
        // ErrorReporter shows the failure; the progress service must not prompt a second time
        job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        job.schedule();
        return job;
    }
}
