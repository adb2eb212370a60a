package dev.corral.protocol;

import java.util.Map;

/**
 * A long operation of an agent (a migration) and how far it got; also the params of
 * {@link Methods#EVENT_TASK}. Tasks go on when the client that started them disconnects.
 *
 * @param kind         e.g. {@code migrate}
 * @param target       the container it works on
 * @param phase        what it does now (migration: precheck, dump, transfer, restore, cleanup, rollback)
 * @param bytes        bytes moved so far
 * @param totalBytes   bytes to move in all; 0 = not known yet
 * @param percent      0-100
 * @param frozenMillis per phase, how long the container's processes were not running in it
 * @param state        {@link #RUNNING}, {@link #SUCCEEDED}, {@link #FAILED} or {@link #CANCELLED}
 * @param message      what happened, for the operator (on failure: why, and where the container runs)
 * @param started      ISO-8601 instant the agent created the task; null from older agents
 * @param ended        ISO-8601 instant it ended; null while it runs, or when unknown (the agent
 *                     stopped during it)
 * @param destination  a migration's destination as {@code address:port} ({@code [v6]:port}); null for
 *                     other tasks and from older agents
 */
public record TaskInfo(String id, String kind, String target, String phase, long bytes, long totalBytes,
                       int percent, Map<String, Long> frozenMillis, String state, String message,
                       String started, String ended, String destination) {

    /** Without times or destination, as agents before they were added sent it. */
    public TaskInfo(String id, String kind, String target, String phase, long bytes, long totalBytes, int percent,
                    Map<String, Long> frozenMillis, String state, String message) {
        this(id, kind, target, phase, bytes, totalBytes, percent, frozenMillis, state, message, null, null, null);
    }

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public boolean done() {
        return !RUNNING.equals(state);
    }
}
