package dev.corral.agent.internal.host;

import dev.corral.protocol.HostFacts;
import dev.corral.protocol.HostMetrics;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads what the host is (facts) and how busy it is (metrics). */
public final class HostProbe {

    /** Tool versions change only when someone installs a tool: ask at most this often. */
    private static final long TOOLS_TTL_MILLIS = 60_000;

    private final Path stateDir;
    private final java.util.function.UnaryOperator<HostFacts> extra;
    private String runc;
    private String criu;
    private long toolsReadAt = Long.MIN_VALUE;

    public HostProbe(Path stateDir) {
        this(stateDir, f -> f);
    }

    /** @param extra adds facts other parts of the agent know (CRIU's abilities) */
    public HostProbe(Path stateDir, java.util.function.UnaryOperator<HostFacts> extra) {
        this.stateDir = stateDir;
        this.extra = extra;
    }

    public HostFacts facts() throws IOException {
        String stat = Proc.read("/proc/stat");
        Proc.Memory memory = Proc.memory(Proc.read("/proc/meminfo"));
        FileStore store = Files.getFileStore(stateDir);
        int cpus = Proc.cpuCount(stat);
        String[] tools = tools();
        return extra.apply(new HostFacts(hostname(), kernel(), arch(), cpus > 0 ? cpus : Runtime.getRuntime().availableProcessors(),
                memory.total(), store.getTotalSpace(), store.getUsableSpace(), tools[0], tools[1],
                Proc.uptimeSeconds(Proc.read("/proc/uptime"))));
    }

    private synchronized String[] tools() {
        long now = System.currentTimeMillis();
        if (toolsReadAt == Long.MIN_VALUE || now - toolsReadAt > TOOLS_TTL_MILLIS) {
            runc = ToolVersions.runc();
            criu = ToolVersions.criu();
            toolsReadAt = now;
        }
        return new String[] {runc, criu};
    }

    /** A metrics sample; {@code cpu} holds the previous CPU times and is advanced. */
    public static HostMetrics metrics(CpuSampler cpu) throws IOException {
        Proc.Memory memory = Proc.memory(Proc.read("/proc/meminfo"));
        double[] load = Proc.loadAverage(Proc.read("/proc/loadavg"));
        return new HostMetrics(System.currentTimeMillis(), cpu.sample(), memory.total() - memory.available(),
                memory.total(), load[0], load[1], load[2]);
    }

    static String hostname() {
        try {
            return Proc.read("/proc/sys/kernel/hostname").strip();
        } catch (IOException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e2) {
                return "localhost";
            }
        }
    }

    static String kernel() {
        try {
            return Proc.read("/proc/sys/kernel/osrelease").strip();
        } catch (IOException e) {
            return System.getProperty("os.version");
        }
    }

    /** The kernel's name for the machine, as {@code uname -m} prints it (x86_64, aarch64). */
    static String arch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64" -> "x86_64";
            case "x86" -> "i686";
            default -> arch;
        };
    }

    /** CPU busy share between calls. */
    public static final class CpuSampler {

        private Proc.CpuTimes previous;

        /** Starts from now, so the first sample covers the time since creation. */
        public CpuSampler() throws IOException {
            previous = Proc.cpuTimes(Proc.read("/proc/stat"));
        }

        public synchronized double sample() throws IOException {
            Proc.CpuTimes now = Proc.cpuTimes(Proc.read("/proc/stat"));
            double percent = Proc.cpuPercent(previous, now);
            previous = now;
            return percent;
        }
    }
}
