package dev.corral.protocol;

import java.util.List;

/** Result of {@link Methods#TASK_LIST}: the agent's tasks since it started, oldest first. */
public record TaskList(List<TaskInfo> tasks) {
}
