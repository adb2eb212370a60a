package dev.corral.ui.internal;

import dev.corral.model.ConnectionState;
import dev.corral.model.ContainerMetrics;
import dev.corral.model.ContainerState;
import dev.corral.model.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.eclipse.osgi.util.NLS;

/** Text for model values, shared by the views and the properties. */
public final class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private Labels() {
    }

    public static String state(ConnectionState state) {
        if (state == null) {
            return Messages.State_disconnected;
        }
        return switch (state) {
            case CONNECTED -> Messages.State_connected;
            case CONNECTING -> Messages.State_connecting;
            case FAILED -> Messages.State_failed;
            default -> Messages.State_disconnected;
        };
    }

    public static String state(ContainerState state) {
        if (state == null) {
            return Messages.ContainerState_unknown;
        }
        return switch (state) {
            case STOPPED -> Messages.ContainerState_stopped;
            case STARTING -> Messages.ContainerState_starting;
            case RUNNING -> Messages.ContainerState_running;
            case STOPPING -> Messages.ContainerState_stopping;
            case FROZEN -> Messages.ContainerState_frozen;
            case MIGRATING -> Messages.ContainerState_migrating;
            case UNKNOWN -> Messages.ContainerState_unknown;
        };
    }

    /** One line of a container's usage: CPU, memory, processes; empty without a sample. */
    public static String usage(ContainerMetrics m) {
        if (m == null) {
            return ""; //$NON-NLS-1$
        }
        return NLS.bind(Messages.Usage_container, new Object[] { percent(m.getCpuPercent()), bytes(m.getMemoryBytes()),
                m.getPids() });
    }

    /** A limit for display: the value, or "unlimited" / "default" for an unset one. */
    public static String limit(String value, String unset) {
        return value == null || value.isEmpty() ? unset : value;
    }

    public static String state(TaskState state) {
        if (state == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (state) {
            case RUNNING -> Messages.TaskState_running;
            case DONE -> Messages.TaskState_done;
            case FAILED -> Messages.TaskState_failed;
            case CANCELLED -> Messages.TaskState_cancelled;
            case DETACHED -> Messages.TaskState_detached;
        };
    }

    public static String time(long epochMillis) {
        return epochMillis <= 0 ? "" : TIME.format(Instant.ofEpochMilli(epochMillis)); //$NON-NLS-1$
    }

    public static String duration(long millis) {
        if (millis < 0) {
            return ""; //$NON-NLS-1$
        }
        if (millis < 10_000) {
            return NLS.bind(Messages.Duration_seconds, String.format("%.1f", millis / 1000.0)); //$NON-NLS-1$
        }
        Duration d = Duration.ofMillis(millis);
        return d.toHours() > 0 ? NLS.bind(Messages.Duration_hours, d.toHours(), d.toMinutesPart())
                : NLS.bind(Messages.Duration_minutes, d.toMinutes(), d.toSecondsPart());
    }

    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return NLS.bind(Messages.Bytes_b, bytes);
        }
        double value = bytes;
        String[] units = { Messages.Bytes_kib, Messages.Bytes_mib, Messages.Bytes_gib, Messages.Bytes_tib };
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return NLS.bind(units[unit], String.format("%.1f", value)); //$NON-NLS-1$
    }

    public static String percent(double value) {
        return NLS.bind(Messages.Percent, String.format("%.1f", value)); //$NON-NLS-1$
    }

    public static String decimal(double value) {
        return String.format("%.2f", value); //$NON-NLS-1$
    }

    public static String uptime(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return NLS.bind(Messages.Uptime, new Object[] { d.toDays(), d.toHoursPart(), d.toMinutesPart() });
    }
}
