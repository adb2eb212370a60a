package dev.corral.core.internal;

import dev.corral.model.CorralFactory;
import dev.corral.model.Task;
import dev.corral.model.TaskLog;
import dev.corral.model.TaskState;
import java.util.UUID;
import java.util.function.Consumer;

/** Writes operations into the task log; all changes go through the model lock. */
public final class TaskRecorder {

    /** Oldest finished tasks are dropped beyond this, so the history file stays small. */
    static final int MAX_TASKS = 500;

    private final TaskLog log;
    private final Consumer<Runnable> modify;

    /** @param modify runs a mutation under the model lock */
    public TaskRecorder(TaskLog log, Consumer<Runnable> modify) {
        this.log = log;
        this.modify = modify;
    }

    public Task begin(String title, String hostName) {
        Task task = CorralFactory.eINSTANCE.createTask();
        task.setId(UUID.randomUUID().toString());
        task.setTitle(title);
        task.setHost(hostName);
        task.setState(TaskState.RUNNING);
        task.setStartTime(System.currentTimeMillis());
        modify.accept(() -> {
            log.getTasks().add(task);
            trim();
        });
        return task;
    }

    /** Ties the record to the agent's task it follows, so a later listing of the agent's tasks finds it. */
    public void link(Task task, String agentTask) {
        modify.accept(() -> task.setAgentTask(agentTask));
    }

    /** Follows a recorded task again (re-attached to the agent's task): running, end and outcome cleared. */
    public Task resume(Task task) {
        modify.accept(() -> {
            task.setState(TaskState.RUNNING);
            task.setEndTime(0);
            task.setMessage(null);
        });
        return task;
    }

    /** When the agent's task the record follows began (it began before this console followed it). */
    public void started(Task task, long startTime) {
        modify.accept(() -> task.setStartTime(startTime));
    }

    /**
     * Records an agent's task that ended while no console followed it, with its start and end as
     * the agent tells them (0: not known, an older agent, or an end its agent's stop hid).
     */
    public Task ended(String title, String hostName, String agentTask, TaskState state, String message,
                      long startTime, long endTime) {
        Task task = CorralFactory.eINSTANCE.createTask();
        task.setId(UUID.randomUUID().toString());
        task.setTitle(title);
        task.setHost(hostName);
        task.setAgentTask(agentTask);
        task.setState(state);
        task.setMessage(message);
        task.setStartTime(startTime);
        task.setEndTime(endTime);
        if (state == TaskState.DONE) {
            task.setProgress(100);
        }
        modify.accept(() -> {
            log.getTasks().add(task);
            trim();
        });
        return task;
    }

    /** The record of an agent's task on a host, or null; call with the model lock held. */
    public Task find(String hostName, String agentTask) {
        for (int i = log.getTasks().size() - 1; i >= 0; i--) {
            Task t = log.getTasks().get(i);
            if (agentTask.equals(t.getAgentTask()) && hostName.equals(t.getHost())) {
                return t;
            }
        }
        return null;
    }

    public void progress(Task task, int percent) {
        modify.accept(() -> task.setProgress(percent));
    }

    /** A running task's percent and what it does now; a finished task stays as it ended. */
    public void progress(Task task, int percent, String message) {
        modify.accept(() -> {
            if (task.getState() == TaskState.RUNNING) {
                task.setProgress(percent);
                task.setMessage(message);
            }
        });
    }

    public void end(Task task, TaskState state, String message) {
        end(task, state, message, System.currentTimeMillis());
    }

    /** {@link #end(Task, TaskState, String)} at {@code endTime}, e.g. when the agent says its task ended. */
    public void end(Task task, TaskState state, String message, long endTime) {
        modify.accept(() -> {
            task.setState(state);
            task.setMessage(message);
            task.setEndTime(endTime);
            if (state == TaskState.DONE) {
                task.setProgress(100);
            }
        });
    }

    private void trim() {
        int excess = log.getTasks().size() - MAX_TASKS;
        for (int i = 0; excess > 0 && i < log.getTasks().size();) {
            if (log.getTasks().get(i).getState() != TaskState.RUNNING) {
                log.getTasks().remove(i);
                excess--;
            } else {
                i++;
            }
        }
    }
}
