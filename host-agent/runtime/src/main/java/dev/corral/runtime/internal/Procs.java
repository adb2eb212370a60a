package dev.corral.runtime.internal;

import java.nio.file.Path;
import java.util.List;

/** Host processes by pid, identified by pid + start time so a recycled pid is not mistaken. */
public final class Procs {

    private Procs() {
    }

    /** Start time in clock ticks since boot (field 22 of /proc/pid/stat), or -1 if gone. */
    public static long startTime(long pid) {
        String[] f = stat(pid);
        return f == null ? -1 : Long.parseLong(f[19]);
    }

    /** Alive (a zombie counts as dead: our host's PID 1 may be slow to reap). */
    public static boolean alive(long pid, long startTime) {
        String[] f = stat(pid);
        return f != null && !f[0].equals("Z") && !f[0].equals("X") && Long.parseLong(f[19]) == startTime;
    }

    /** Fields after the ")" closing the command name: [0] is the state, [19] the start time. */
    private static String[] stat(long pid) {
        if (pid <= 0) {
            return null;
        }
        String s = Fs.readOrNull(Path.of("/proc", Long.toString(pid), "stat"));
        if (s == null) {
            return null;
        }
        int close = s.lastIndexOf(')');
        String[] f = s.substring(close + 2).split(" ");
        return f.length > 19 ? f : null;
    }

    /** Linux's signal names in number order from 1 (x86, arm and most others). */
    private static final List<String> NAMES = List.of("HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE",
            "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
            "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS");
    private static final int RTMIN = 34;
    private static final int RTMAX = 64;

    /** The number of a signal named as kill(1) takes it (PWR, SIGPWR, RTMIN+3, 30), or -1. */
    public static int signalNumber(String name) {
        String n = name.startsWith("SIG") ? name.substring(3) : name;
        try {
            if (n.matches("[0-9]{1,2}")) {
                int v = Integer.parseInt(n);
                return v >= 1 && v <= RTMAX ? v : -1;
            }
            if (n.startsWith("RTMIN")) {
                int v = RTMIN + (n.length() == 5 ? 0 : Integer.parseInt(n.substring(6)) * (n.charAt(5) == '+' ? 1 : -1));
                return v >= RTMIN && v <= RTMAX ? v : -1;
            }
            if (n.startsWith("RTMAX")) {
                int v = RTMAX - (n.length() == 5 ? 0 : Integer.parseInt(n.substring(6)) * (n.charAt(5) == '-' ? 1 : -1));
                return v >= RTMIN && v <= RTMAX ? v : -1;
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return -1;
        }
        int i = NAMES.indexOf(n);
        return i < 0 ? -1 : i + 1;
    }

    /**
     * Whether a signal sent now reaches the process rather than its default action: it has a
     * handler for it (SigCgt in /proc/pid/status) or blocks it, to take it later (SigBlk; busybox
     * init blocks its signals and waits for them). False if gone.
     */
    public static boolean takes(long pid, int signal) {
        String status = Fs.readOrNull(Path.of("/proc", Long.toString(pid), "status"));
        if (status == null || signal < 1 || signal > RTMAX) {
            return false;
        }
        long bit = 1L << (signal - 1);
        for (String line : status.split("\\n")) {
            if (line.startsWith("SigCgt:") || line.startsWith("SigBlk:")) {
                if ((Long.parseUnsignedLong(line.substring(7).strip(), 16) & bit) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    public static void signal(long pid, String signal) {
        Cmd.quiet("kill", "-s", signal, Long.toString(pid));
    }
}
