package dev.corral.agent.internal.migration;

import dev.corral.protocol.TaskInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** One long operation's progress, told to listeners on every change (progress at most every 5 %). */
final class Task {

    private final String id;
    private final String kind;
    private final String target;
    private final Consumer<TaskInfo> listener;
    private final Map<String, Long> frozen = new LinkedHashMap<>();
    private String phase = "queued";
    private long bytes;
    private long totalBytes;
    private int percent;
    private String state = TaskInfo.RUNNING;
    private String message = "";
    private volatile boolean cancelRequested;
    private volatile Runnable atEnd;
    private Instant started = now();
    /** null while it runs, and for a task the agent's stop interrupted (its end is not known) */
    private Instant ended;
    /** a migration's destination, {@code address:port}; null for other tasks */
    private String destination;

    Task(String id, String kind, String target, Consumer<TaskInfo> listener) {
        this.id = id;
        this.kind = kind;
        this.target = target;
        this.listener = listener;
    }

    /** A task read back from the history, as it was last told. */
    static Task restored(TaskInfo i, Consumer<TaskInfo> listener) {
        Task t = new Task(i.id(), i.kind(), i.target(), listener);
        t.phase = i.phase();
        t.bytes = i.bytes();
        t.totalBytes = i.totalBytes();
        t.percent = i.percent();
        if (i.frozenMillis() != null) {
            t.frozen.putAll(i.frozenMillis());
        }
        t.state = i.state();
        t.message = i.message();
        // A history written before times were kept has none: shown as unknown, not as now.
        t.started = instant(i.started());
        t.ended = instant(i.ended());
        t.destination = i.destination();
        return t;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant instant(String iso) {
        try {
            return iso == null ? null : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    /** Where a migration goes, {@code address:port} (see HostPort.format); set when the task is created. */
    synchronized void destination(String addressAndPort) {
        destination = addressAndPort;
    }

    synchronized String destination() {
        return destination;
    }

    /** When the task was created; null for one read back from a history that did not keep it. */
    synchronized Instant started() {
        return started;
    }

    /** When it ended; null while it runs (or when not known). */
    synchronized Instant ended() {
        return ended;
    }

    String id() {
        return id;
    }

    synchronized TaskInfo info() {
        return new TaskInfo(id, kind, target, phase, bytes, totalBytes, percent, Map.copyOf(frozen), state, message,
                iso(started), iso(ended), destination);
    }

    void phase(String name, int atPercent, String what) {
        synchronized (this) {
            phase = name;
            percent = Math.max(percent, atPercent);
            message = what;
        }
        publish();
    }

    void progress(long sent, long total, int fromPercent, int toPercent) {
        boolean tell;
        synchronized (this) {
            bytes = sent;
            totalBytes = total;
            int p = total <= 0 ? fromPercent : fromPercent + (int) ((toPercent - fromPercent) * sent / total);
            tell = p >= percent + 5 || sent == total;
            percent = Math.max(percent, p);
        }
        if (tell) {
            publish();
        }
    }

    synchronized void frozen(String inPhase, long millis) {
        frozen.merge(inPhase, millis, Long::sum);
    }

    synchronized long frozenTotal() {
        return frozen.values().stream().mapToLong(Long::longValue).sum();
    }

    void finish(String endState, String what) {
        synchronized (this) {
            state = endState;
            message = what;
            ended = now();
            if (TaskInfo.SUCCEEDED.equals(endState)) {
                percent = 100;
            }
        }
        Runnable end = atEnd;
        if (end != null) {
            end.run();
        }
        publish();
    }

    /**
     * Runs when the task ends, before its end is told: a client that acts on the event (stops the
     * container it migrated back) must find the container released already.
     */
    void atEnd(Runnable action) {
        atEnd = action;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    /** Ends the step in progress when the operator has asked to cancel. */
    void checkCancel() throws java.io.IOException {
        if (cancelRequested) {
            throw new java.io.IOException("cancelled by the operator");
        }
    }

    /** Milliseconds since a {@link System#nanoTime()} reading, for the per-phase times. */
    static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    synchronized boolean done() {
        return !TaskInfo.RUNNING.equals(state);
    }

    private void publish() {
        listener.accept(info());
    }
}
