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
 */
public record TaskInfo(String id, String kind, String target, String phase, long bytes, long totalBytes,
                       int percent, Map<String, Long> frozenMillis, String state, String message) {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public boolean done() {
        return !RUNNING.equals(state);
    }
}
