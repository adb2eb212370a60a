package dev.corral.ui.internal;

import dev.corral.core.JobFamilies;
import dev.corral.core.StatusCodes;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The one place where failed operations reach the operator: the workbench's status handling.
 * A host key the operator declined is not reported back to them: they just said no.
 */
public final class ErrorReporter extends JobChangeAdapter {

    private static boolean installed; // guarded by ErrorReporter.class

    private ErrorReporter() {
    }

    static synchronized void install() {
        if (!installed) {
            Job.getJobManager().addJobChangeListener(new ErrorReporter());
            installed = true;
        }
    }

    @Override
    public void done(IJobChangeEvent event) {
        IStatus result = event.getResult();
        if (result == null || result.getSeverity() != IStatus.ERROR || !event.getJob().belongsTo(JobFamilies.OPERATIONS)) {
            return;
        }
        if (result.getCode() == StatusCodes.HOST_KEY_REJECTED) {
            return; // the operator just said no; the workbench's log has it like every failed job
        }
        // the workbench logs failed jobs itself; LOG here would write every failure twice
        StatusManager.getManager().handle(result, StatusManager.SHOW);
    }

    static void log(IStatus status) {
        ILog.of(ErrorReporter.class).log(status);
    }
}
