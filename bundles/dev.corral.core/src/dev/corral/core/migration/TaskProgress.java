package dev.corral.core.migration;

import dev.corral.core.internal.Messages;
import dev.corral.model.TaskState;
import dev.corral.protocol.TaskInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.StringJoiner;
import org.eclipse.osgi.util.NLS;

/**
 * Turns an agent task's progress ({@code event.task}) into what the console shows: the phase as
 * the job's subtask and the task row's message, the percent as work done, and at the end the
 * time the container was frozen, in all and per phase.
 */
public final class TaskProgress {

    private TaskProgress() {
    }

    /** The percent clamped to 0-100 (an agent may send anything). */
    public static int percent(TaskInfo info) {
        return Math.max(0, Math.min(100, info.percent()));
    }

    /** "transfer: 12.0 MiB of 48.0 MiB (25 %)", or "dump (40 %)" when no bytes are known. */
    public static String describe(TaskInfo info) {
        String phase = info.phase() == null || info.phase().isBlank() ? Messages.TaskProgress_working : info.phase();
        if (info.totalBytes() > 0) {
            return NLS.bind(Messages.TaskProgress_phaseBytes, new Object[] { phase, bytes(info.bytes()),
                    bytes(info.totalBytes()), percent(info) });
        }
        if (info.bytes() > 0) {
            return NLS.bind(Messages.TaskProgress_phaseBytesSoFar, new Object[] { phase, bytes(info.bytes()), percent(info) });
        }
        return NLS.bind(Messages.TaskProgress_phase, phase, percent(info));
    }

    /** Milliseconds the container did not run, over all phases. */
    public static long frozenTotal(TaskInfo info) {
        Map<String, Long> frozen = info.frozenMillis();
        return frozen == null ? 0 : frozen.values().stream().filter(v -> v != null).mapToLong(Long::longValue).sum();
    }

    /** "frozen 312 ms (dump 210 ms, restore 102 ms)"; phases that froze nothing are left out. */
    public static String frozen(TaskInfo info) {
        Map<String, Long> frozen = info.frozenMillis();
        StringJoiner phases = new StringJoiner(", ");
        if (frozen != null) {
            frozen.forEach((phase, millis) -> {
                if (millis != null && millis > 0) {
                    phases.add(NLS.bind(Messages.TaskProgress_frozenPhase, phase, millis));
                }
            });
        }
        long total = frozenTotal(info);
        return phases.length() == 0 ? NLS.bind(Messages.TaskProgress_frozen, total)
                : NLS.bind(Messages.TaskProgress_frozenPhases, total, phases.toString());
    }

    /**
     * What the task log says of an ended task: after a success the frozen time and the agent's
     * message, otherwise the agent's message (why, and where the container runs).
     */
    public static String result(TaskInfo info) {
        if (!TaskInfo.SUCCEEDED.equals(info.state())) {
            return info.message();
        }
        String frozen = frozen(info);
        return info.message() == null || info.message().isBlank() ? frozen
                : NLS.bind(Messages.MigrateOperation_done, frozen, info.message());
    }

    /** The task log's title for a task found on an agent (no record of the console's own for it). */
    public static String title(TaskInfo info, String hostName) {
        return title(info, hostName, info.destination());
    }

    /**
     * {@link #title(TaskInfo, String)} naming a migration's destination as given (the console's name
     * for that host where it has one); null: not known (an older agent).
     */
    public static String title(TaskInfo info, String hostName, String destination) {
        if (info.kind() != null && info.kind().startsWith("migrate")) { //$NON-NLS-1$ migrate, migrate-restart
            return destination == null ? NLS.bind(Messages.AgentTask_titleMigrate, info.target(), hostName)
                    : NLS.bind(Messages.AgentTask_titleMigrateTo, new Object[] { info.target(), hostName, destination });
        }
        return NLS.bind(Messages.AgentTask_title, new Object[] { info.kind(), info.target(), hostName });
    }

    /**
     * An agent's ISO-8601 time ({@link TaskInfo#started()}, {@link TaskInfo#ended()}) as the task
     * log keeps times, milliseconds since the epoch; 0 where the agent gave none (older agents, a
     * task still running) or one that cannot be read.
     */
    public static long millis(String iso) {
        if (iso == null) {
            return 0;
        }
        try {
            return Instant.parse(iso).toEpochMilli();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    /** The task log's state for the agent's. */
    public static TaskState state(TaskInfo info) {
        if (info.state() == null) {
            return TaskState.FAILED;
        }
        return switch (info.state()) {
            case TaskInfo.RUNNING -> TaskState.RUNNING;
            case TaskInfo.SUCCEEDED -> TaskState.DONE;
            case TaskInfo.CANCELLED -> TaskState.CANCELLED;
            default -> TaskState.FAILED;
        };
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B"; //$NON-NLS-1$
        }
        String[] units = { "KiB", "MiB", "GiB", "TiB" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        double v = n;
        int unit = -1;
        while (v >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[unit]); //$NON-NLS-1$
    }
}
