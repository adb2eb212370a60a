package dev.corral.agent.internal.migration;

import dev.corral.protocol.TaskInfo;
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
        return t;
    }

    String id() {
        return id;
    }

    synchronized TaskInfo info() {
        return new TaskInfo(id, kind, target, phase, bytes, totalBytes, percent, Map.copyOf(frozen), state, message);
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
