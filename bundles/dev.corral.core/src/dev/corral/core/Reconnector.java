package dev.corral.core;

import dev.corral.core.internal.Messages;
import dev.corral.core.operations.HostRule;
import dev.corral.model.ConnectionState;
import java.time.Duration;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Brings a lost connection back: attempts with doubling delays up to a cap, for as long as the
 * operator wants the host connected. The waiting and attempts show in the host's state and
 * message; {@link HostConnection#disconnect()} (or cancelling the job) stops it. Failures that
 * will not heal by waiting (changed or unknown host key, refused client key) end the retries.
 */
final class Reconnector {

    private final HostConnection connection;
    private final FleetSettings settings;
    private Job job; // guarded by this
    private int attempt; // guarded by this

    Reconnector(HostConnection connection, FleetSettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    synchronized boolean isActive() {
        return job != null;
    }

    void connectionLost(IStatus reason) {
        schedule(reason == null ? "" : reason.getMessage());
    }

    private synchronized void schedule(String reason) {
        if (!connection.isWanted()) {
            return;
        }
        attempt++;
        Duration delay = settings.reconnectDelay(attempt);
        connection.setState(ConnectionState.FAILED, NLS.bind(Messages.Reconnector_waiting,
                new Object[] { reason, Math.max(1, (delay.toMillis() + 999) / 1000), attempt }));
        Job next = new ReconnectJob(attempt);
        job = next;
        next.schedule(delay.toMillis());
    }

    synchronized void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
        }
        attempt = 0;
    }

    private synchronized boolean isCurrent(Job j) {
        return job == j;
    }

    private synchronized void succeeded(Job j) {
        if (job == j) {
            job = null;
            attempt = 0;
        }
    }

    private synchronized void stopped(Job j) {
        if (job == j) {
            job = null;
        }
    }

    private final class ReconnectJob extends Job {

        private final int number;

        ReconnectJob(int number) {
            super(NLS.bind(Messages.Reconnector_jobName, connection.getHost().getName()));
            this.number = number;
            setRule(new HostRule(connection.getHost()));
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == JobFamilies.RECONNECT || family == connection.getHost();
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            if (!isCurrent(this) || !connection.isWanted()) {
                return Status.CANCEL_STATUS;
            }
            try {
                // never ask the operator from a background retry: an unknown key fails here
                connection.connect(HostKeyCallback.REJECT, monitor, NLS.bind(Messages.Reconnector_attempt, number));
                succeeded(this);
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                stopped(this);
                return Status.CANCEL_STATUS;
            } catch (CoreException e) {
                if (isCurrent(this) && StatusCodes.isTransient(e.getStatus().getCode())) {
                    Reconnector.this.schedule(e.getStatus().getMessage());
                } else {
                    stopped(this);
                }
                // the host's state carries the failure; a dialog per retry would flood the operator
                return Status.OK_STATUS;
            }
        }
    }
}
