package dev.corral.runtime.internal;

import java.nio.file.Path;

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

    public static void signal(long pid, String signal) {
        Cmd.quiet("kill", "-s", signal, Long.toString(pid));
    }
}
