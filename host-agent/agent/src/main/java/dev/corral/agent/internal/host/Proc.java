package dev.corral.agent.internal.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parsers for the /proc files the agent reads; pure functions of the text, so tests feed them. */
public final class Proc {

    /** Busy and total jiffies of all CPUs, from the first line of /proc/stat. */
    public record CpuTimes(long busy, long total) {
    }

    /** Memory figures in bytes, from /proc/meminfo. */
    public record Memory(long total, long available) {
    }

    private Proc() {
    }

    public static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
    }

    public static CpuTimes cpuTimes(String stat) {
        for (String line : stat.split("\n")) {
            if (line.startsWith("cpu ")) {
                String[] f = line.trim().split("\\s+");
                long total = 0;
                // user nice system idle iowait irq softirq steal; guest time is already in user.
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
                return new CpuTimes(total - idle, total);
            }
        }
        throw new IllegalArgumentException("no cpu line in /proc/stat");
    }

    /** Online CPUs: the {@code cpuN} lines of /proc/stat. */
    public static int cpuCount(String stat) {
        int n = 0;
        for (String line : stat.split("\n")) {
            if (line.startsWith("cpu") && line.length() > 3 && Character.isDigit(line.charAt(3))) {
                n++;
            }
        }
        return n;
    }

    /** Busy share in percent between two samples; 0 when no time passed. */
    public static double cpuPercent(CpuTimes before, CpuTimes after) {
        long total = after.total() - before.total();
        long busy = after.busy() - before.busy();
        if (total <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(100, 100.0 * busy / total));
    }

    public static Memory memory(String meminfo) {
        long total = -1;
        long available = -1;
        long free = 0;
        long buffers = 0;
        long cached = 0;
        for (String line : meminfo.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2) {
                continue;
            }
            long bytes = Long.parseLong(f[1]) * (f.length > 2 && "kB".equals(f[2]) ? 1024 : 1);
            switch (f[0]) {
                case "MemTotal:" -> total = bytes;
                case "MemAvailable:" -> available = bytes;
                case "MemFree:" -> free = bytes;
                case "Buffers:" -> buffers = bytes;
                case "Cached:" -> cached = bytes;
                default -> { }
            }
        }
        if (total < 0) {
            throw new IllegalArgumentException("no MemTotal in /proc/meminfo");
        }
        // Kernels before 3.14 have no MemAvailable; free + caches is the old estimate.
        return new Memory(total, available >= 0 ? available : free + buffers + cached);
    }

    /** The 1, 5 and 15 minute load averages. */
    public static double[] loadAverage(String loadavg) {
        String[] f = loadavg.trim().split("\\s+");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
    }

    /** Whole seconds since boot, from /proc/uptime. */
    public static long uptimeSeconds(String uptime) {
        return (long) Double.parseDouble(uptime.trim().split("\\s+")[0]);
    }
}
