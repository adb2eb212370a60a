package dev.corral.core.operations;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * One user action, headless: runs in an {@link OperationJob}, which records it in the task log.
 * Cancellation comes through the monitor ({@code OperationCanceledException}).
 */
public interface CorralOperation {

    /** Title for the job and the task log. */
    String getTitle();

    /** The host's name for the task log, or null when the operation concerns no single host. */
    String getHostName();

    /** Rule the job holds while running; null for none. */
    ISchedulingRule getSchedulingRule();

    /** Families the job belongs to besides {@link dev.corral.core.JobFamilies#OPERATIONS}. */
    boolean belongsTo(Object family);

    void execute(IProgressMonitor monitor) throws CoreException;

    /**
     * Called before {@link #execute} with where to report progress that the task log should show
     * while the operation runs (an agent task's phase and percent); most operations ignore it.
     */
    default void reportTo(TaskReport report) {
    }

    /** What the task log says about a successful run (e.g. a migration's frozen time); null for nothing. */
    default String getResultMessage() {
        return null;
    }

    /** Progress of a running operation into its row of the task log. */
    @FunctionalInterface
    interface TaskReport {
        void progress(int percent, String message);

        /** The operation follows this task of its host's agent now (the row is tied to it). */
        default void agentTask(String id) {
        }

        /**
         * The agent's task it follows began at {@code epochMillis}, before this console followed it
         * (a task found running on the agent): the row shows that start, not the follower's.
         */
        default void startedAt(long epochMillis) {
        }
    }
}
