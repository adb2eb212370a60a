package dev.corral.runtime.internal;

import dev.corral.runtime.Limits;
import dev.corral.runtime.RuntimeError;

import java.nio.file.Path;
import java.util.BitSet;

/** Rejects limits the host cannot honour, before anything on the host is touched. */
public final class LimitCheck {

    /** Below this even busybox init is OOM-killed while starting. */
    public static final long MIN_MEMORY = 4L << 20;

    public record Host(BitSet cpus, long memTotal, boolean blkioWeight, boolean memorySwap) {

        public static Host probe() {
            Cgroups any = Cgroups.of("/");
            String online = Fs.readOrNull(Path.of("/sys/devices/system/cpu/online"));
            BitSet cpus = online == null ? new BitSet() : parseCpuList(online);
            if (cpus.isEmpty()) {
                cpus.set(0, Runtime.getRuntime().availableProcessors());
            }
            return new Host(cpus, totalMemory(), any.blkioWeightSupported(), any.memorySwapSupported());
        }

        private static long totalMemory() {
            String s = Fs.readOrNull(Path.of("/proc/meminfo"));
            if (s != null) {
                for (String line : s.split("\n")) {
                    if (line.startsWith("MemTotal:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            }
            return Long.MAX_VALUE;
        }
    }

    private LimitCheck() {
    }

    /** Checks the limits that will be in force (normalized: nulls are "unlimited"). */
    public static void check(Limits l, Host host) {
        if (l.cpuShares() != null && (l.cpuShares() < 2 || l.cpuShares() > 262144)) {
            throw RuntimeError.invalid("cpuShares must be 2..262144: " + l.cpuShares());
        }
        if (l.cpus() != null) {
            if (l.cpus().isNaN() || l.cpus() < 0.01) {
                throw RuntimeError.invalid("cpus must be at least 0.01: " + l.cpus());
            }
            if (l.cpus() > host.cpus().cardinality()) {
                throw RuntimeError.invalid("cpus " + l.cpus() + " exceeds the host's " + host.cpus().cardinality() + " CPUs");
            }
        }
        if (l.cpuset() != null) {
            BitSet want = parseCpuList(l.cpuset());
            if (want.isEmpty()) {
                throw RuntimeError.invalid("cpuset is empty or malformed: '" + l.cpuset() + "'");
            }
            BitSet extra = (BitSet) want.clone();
            extra.andNot(host.cpus());
            if (!extra.isEmpty()) {
                throw RuntimeError.invalid("cpuset " + l.cpuset() + " names CPUs the host does not have: " + extra);
            }
        }
        if (l.memoryBytes() != null) {
            if (l.memoryBytes() < MIN_MEMORY) {
                throw RuntimeError.invalid("memory limit below " + (MIN_MEMORY >> 20) + " MiB: " + l.memoryBytes());
            }
            if (l.memoryBytes() > host.memTotal()) {
                throw RuntimeError.invalid("memory limit " + l.memoryBytes() + " exceeds the host's memory " + host.memTotal());
            }
        }
        if (l.memorySwapBytes() != null) {
            if (!host.memorySwap()) {
                throw RuntimeError.invalid("this host has no swap accounting: memory+swap limit not supported");
            }
            if (l.memoryBytes() == null) {
                throw RuntimeError.invalid("a memory+swap limit needs a memory limit");
            }
            if (l.memorySwapBytes() < l.memoryBytes()) {
                throw RuntimeError.invalid("memory+swap limit " + l.memorySwapBytes() + " is below the memory limit "
                        + l.memoryBytes());
            }
        }
        if (l.pids() != null && (l.pids() < 1 || l.pids() > 4_194_304)) {
            throw RuntimeError.invalid("pids limit must be 1..4194304: " + l.pids());
        }
        if (l.blkioWeight() != null) {
            if (l.blkioWeight() < 10 || l.blkioWeight() > 1000) {
                throw RuntimeError.invalid("blkioWeight must be 10..1000: " + l.blkioWeight());
            }
            if (!host.blkioWeight()) {
                throw RuntimeError.invalid("block IO weight is not supported on this host (no blkio.weight or "
                        + "blkio.bfq.weight: the IO scheduler has no proportional weights)");
            }
        }
    }

    /** Kernel CPU list syntax "0-2,4"; an empty set for anything malformed. */
    public static BitSet parseCpuList(String s) {
        BitSet b = new BitSet();
        if (s == null || s.isBlank()) {
            return b;
        }
        try {
            for (String part : s.trim().split(",")) {
                String[] r = part.split("-", -1);
                int lo = Integer.parseInt(r[0].trim());
                int hi = r.length == 2 ? Integer.parseInt(r[1].trim()) : lo;
                if (r.length > 2 || lo < 0 || hi < lo || hi > 4095) {
                    return new BitSet();
                }
                b.set(lo, hi + 1);
            }
        } catch (NumberFormatException e) {
            return new BitSet();
        }
        return b;
    }
}
