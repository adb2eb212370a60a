package dev.corral.core.client;

import dev.corral.core.CorralCore;
import dev.corral.core.StatusCodes;
import dev.corral.core.internal.Messages;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/** Blocking on a future from a Job while staying responsive to the job's cancel button. */
public final class Waits {

    /** How often a waiting job looks at its monitor: short enough that cancel feels immediate. */
    static final long POLL_MILLIS = 100;

    private Waits() {
    }

    /**
     * Waits for the future, in short steps so a cancelled monitor ends the wait at once.
     *
     * @param what names the awaited thing in the timeout message
     * @throws OperationCanceledException when the monitor is cancelled (the future is cancelled too)
     * @throws CoreException the future's own CoreException, or a wrapped failure or timeout
     */
    public static <T> T await(CompletableFuture<T> future, Duration timeout, IProgressMonitor monitor, String what)
            throws CoreException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (monitor != null && monitor.isCanceled()) {
                future.cancel(false);
                throw new OperationCanceledException();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                future.cancel(false);
                throw CorralCore.exception(StatusCodes.TIMEOUT,
                        NLS.bind(Messages.AgentClient_timeout, what, timeout.toSeconds()), null);
            }
            try {
                return future.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // poll the monitor again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                throw unwrap(e.getCause());
            }
        }
    }

    static CoreException unwrap(Throwable cause) {
        if (cause instanceof CoreException ce) {
            return ce;
        }
        return CorralCore.exception(StatusCodes.GENERIC, String.valueOf(cause.getMessage()), cause);
    }
}
