package dev.corral.runtime.internal;

import dev.corral.runtime.Limits;
import dev.corral.runtime.RuntimeError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's cgroup, v1 (one directory per controller) or v2 (one unified directory). runc
 * creates it from config.json; we read usage and change limits live by writing the files
 * ourselves: a container restored by CRIU lives in a time namespace where runc 1.1 thinks it is
 * stopped and refuses `runc update`, but the cgroup files work the same.
 */
public abstract class Cgroups {

    public static final Path ROOT = Path.of("/sys/fs/cgroup");
    static final List<String> V1_CONTROLLERS =
            List.of("cpu", "cpuacct", "cpuset", "memory", "devices", "freezer", "blkio", "pids");

    protected final String path;

    protected Cgroups(String path) {
        this.path = path.startsWith("/") ? path.substring(1) : path;
    }

    /** /sys/fs/cgroup is cgroup2 on unified hosts; a tmpfs of v1 hierarchies here. */
    public static boolean unified() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mounts"))) {
                String[] f = line.split(" ");
                if (f.length > 2 && f[1].equals(ROOT.toString())) {
                    return f[2].equals("cgroup2");
                }
            }
        } catch (IOException e) {
            throw RuntimeError.failure("cannot read /proc/self/mounts: " + e.getMessage(), e);
        }
        return false;
    }

    public static Cgroups of(String path) {
        return unified() ? new V2(path) : new V1(path);
    }

    /**
     * cgroup v1 only: creates the cpuset directories down to {@code parent} (a cgroup path such
     * as {@code corral-ID}) with cpus and mems copied from the level above. A v1 cpuset child does
     * not inherit them, and a task or child cannot be put under an empty one. runc fills them on a
     * start, but CRIU creates the parent empty, so a restore on a host where no container has
     * started yet failed ("Failed writing 0-1 to …/cpuset.cpus: Permission denied").
     */
    public static void prepareCpusetParent(String parent) {
        Path dir = ROOT.resolve("cpuset");
        if (unified() || !Files.isRegularFile(dir.resolve("cpuset.cpus"))) {
            return;
        }
        for (String part : parent.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            Path child = dir.resolve(part);
            try {
                Files.createDirectories(child);
            } catch (IOException e) {
                throw RuntimeError.failure("cannot create cpuset cgroup " + child + ": " + e.getMessage(), e);
            }
            for (String f : new String[] {"cpuset.cpus", "cpuset.mems"}) {
                String own = Fs.readOrNull(child.resolve(f));
                if (own == null || own.isBlank()) {
                    String above = Fs.readOrNull(dir.resolve(f));
                    write(child.resolve(f), above == null ? "" : above.strip());
                }
            }
            dir = child;
        }
    }

    public abstract boolean exists();

    /** Every directory of this cgroup (one per v1 hierarchy). */
    public abstract List<Path> dirs();

    /** Applies {@code target}; fields equal in {@code current} are left alone. */
    public abstract void apply(Limits current, Limits target);

    public abstract long cpuNanos();

    public abstract long memoryBytes();

    /** -1 when unlimited. */
    public abstract long memoryLimit();

    public abstract long pids();

    public abstract boolean blkioWeightSupported();

    public abstract boolean memorySwapSupported();

    /** Removes leftover (empty) directories, deepest first. Used after runc delete as a backstop. */
    public void removeDirs() {
        for (Path d : dirs()) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException ignored) {
                // not empty (processes left) or already gone: reported by exists() to the caller
            }
        }
    }

    static void write(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot write " + value + " to " + file + ": " + e.getMessage(), e);
        }
    }

    static long readLong(Path file) {
        String s = Fs.readOrNull(file);
        if (s == null || s.isEmpty()) {
            return 0;
        }
        if (s.equals("max")) {
            return -1;
        }
        try {
            return Long.parseLong(s.split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static long statField(Path file, String key) {
        String s = Fs.readOrNull(file);
        if (s != null) {
            for (String line : s.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 2 && f[0].equals(key)) {
                    return Long.parseLong(f[1]);
                }
            }
        }
        return 0;
    }

    static boolean changed(Object a, Object b) {
        return !java.util.Objects.equals(a, b);
    }

    static final class V1 extends Cgroups {

        V1(String path) {
            super(path);
        }

        Path dir(String controller) {
            return ROOT.resolve(controller).resolve(path);
        }

        @Override
        public boolean exists() {
            return dirs().stream().anyMatch(Files::isDirectory);
        }

        @Override
        public List<Path> dirs() {
            List<Path> out = new ArrayList<>();
            for (String c : V1_CONTROLLERS) {
                if (Files.isDirectory(ROOT.resolve(c))) {
                    out.add(dir(c));
                }
            }
            return out;
        }

        @Override
        public void apply(Limits cur, Limits t) {
            if (changed(cur.cpuShares(), t.cpuShares())) {
                write(dir("cpu").resolve("cpu.shares"), String.valueOf(t.cpuShares() == null ? 1024 : t.cpuShares()));
            }
            if (changed(cur.cpus(), t.cpus())) {
                write(dir("cpu").resolve("cpu.cfs_period_us"), String.valueOf(OciSpec.CFS_PERIOD_US));
                write(dir("cpu").resolve("cpu.cfs_quota_us"),
                        t.cpus() == null ? "-1" : String.valueOf(Math.round(t.cpus() * OciSpec.CFS_PERIOD_US)));
            }
            if (changed(cur.cpuset(), t.cpuset())) {
                String all = Fs.readOrNull(ROOT.resolve("cpuset").resolve(path).getParent().resolve("cpuset.cpus"));
                write(dir("cpuset").resolve("cpuset.cpus"), t.cpuset() == null ? all : t.cpuset());
            }
            if (changed(cur.memoryBytes(), t.memoryBytes()) || changed(cur.memorySwapBytes(), t.memorySwapBytes())) {
                Path mem = dir("memory").resolve("memory.limit_in_bytes");
                Path memsw = dir("memory").resolve("memory.memsw.limit_in_bytes");
                long newMem = t.memoryBytes() == null ? -1 : t.memoryBytes();
                long newSw = t.memorySwapBytes() == null ? -1 : t.memorySwapBytes();
                boolean sw = Files.exists(memsw);
                // The kernel keeps memory <= memsw at every step: raise memsw first when growing.
                long curSw = sw ? readLong(memsw) : -1;
                if (sw && unlimitedAsMax(newMem) > unlimitedAsMax(curSw)) {
                    write(memsw, String.valueOf(newSw));
                    write(mem, String.valueOf(newMem));
                } else {
                    write(mem, String.valueOf(newMem));
                    if (sw) {
                        write(memsw, String.valueOf(newSw));
                    }
                }
            }
            if (changed(cur.pids(), t.pids())) {
                write(dir("pids").resolve("pids.max"), t.pids() == null ? "max" : String.valueOf(t.pids()));
            }
            if (changed(cur.blkioWeight(), t.blkioWeight()) && t.blkioWeight() != null) {
                Path w = dir("blkio").resolve("blkio.weight");
                write(Files.exists(w) ? w : dir("blkio").resolve("blkio.bfq.weight"), String.valueOf(t.blkioWeight()));
            }
        }

        private static long unlimitedAsMax(long v) {
            return v < 0 ? Long.MAX_VALUE : v;
        }

        @Override
        public long cpuNanos() {
            return readLong(dir("cpuacct").resolve("cpuacct.usage"));
        }

        @Override
        public long memoryBytes() {
            return readLong(dir("memory").resolve("memory.usage_in_bytes"));
        }

        @Override
        public long memoryLimit() {
            long v = readLong(dir("memory").resolve("memory.limit_in_bytes"));
            // v1 reports "unlimited" as a huge page-rounded number
            return v >= Long.MAX_VALUE / 2 ? -1 : v;
        }

        @Override
        public long pids() {
            return readLong(dir("pids").resolve("pids.current"));
        }

        @Override
        public boolean blkioWeightSupported() {
            Path b = ROOT.resolve("blkio");
            return Files.exists(b.resolve("blkio.weight")) || Files.exists(b.resolve("blkio.bfq.weight"));
        }

        @Override
        public boolean memorySwapSupported() {
            return Files.exists(ROOT.resolve("memory").resolve("memory.memsw.limit_in_bytes"));
        }

        @Override
        public void removeDirs() {
            // deepest first is per hierarchy here: each dir is a leaf
            super.removeDirs();
        }
    }

    static final class V2 extends Cgroups {

        private final Path root;

        V2(String path) {
            this(ROOT, path);
        }

        /** A tree mounted elsewhere than /sys/fs/cgroup (tests). */
        V2(Path root, String path) {
            super(path);
            this.root = root;
        }

        Path dir() {
            return root.resolve(path);
        }

        @Override
        public boolean exists() {
            return Files.isDirectory(dir());
        }

        @Override
        public List<Path> dirs() {
            return List.of(dir());
        }

        @Override
        public void apply(Limits cur, Limits t) {
            if (changed(cur.cpuShares(), t.cpuShares())) {
                // proportional (1024 shares = weight 100), not runc's mapping, which puts the default at 39
                write(dir().resolve("cpu.weight"), String.valueOf(t.cpuShares() == null ? Limits.DEFAULT_CPU_WEIGHT
                        : Limits.weightForShares(t.cpuShares())));
            }
            if (changed(cur.cpus(), t.cpus())) {
                write(dir().resolve("cpu.max"), (t.cpus() == null ? "max" : String.valueOf(
                        Math.round(t.cpus() * OciSpec.CFS_PERIOD_US))) + " " + OciSpec.CFS_PERIOD_US);
            }
            if (changed(cur.cpuset(), t.cpuset())) {
                write(dir().resolve("cpuset.cpus"), t.cpuset() == null ? "" : t.cpuset());
            }
            if (changed(cur.memoryBytes(), t.memoryBytes()) || changed(cur.memorySwapBytes(), t.memorySwapBytes())) {
                write(dir().resolve("memory.max"), t.memoryBytes() == null ? "max" : String.valueOf(t.memoryBytes()));
                Path swap = dir().resolve("memory.swap.max");
                if (Files.exists(swap)) {
                    String v = t.memorySwapBytes() == null ? "max"
                            : String.valueOf(Math.max(0, t.memorySwapBytes() - (t.memoryBytes() == null ? 0 : t.memoryBytes())));
                    write(swap, v);
                }
            }
            if (changed(cur.pids(), t.pids())) {
                write(dir().resolve("pids.max"), t.pids() == null ? "max" : String.valueOf(t.pids()));
            }
            if (changed(cur.blkioWeight(), t.blkioWeight()) && t.blkioWeight() != null) {
                Path w = dir().resolve("io.bfq.weight");
                if (Files.exists(w)) {
                    write(w, String.valueOf(t.blkioWeight()));
                } else {
                    // io.weight is 1..10000 with default 100; blkio weight 10..1000 default 500
                    write(dir().resolve("io.weight"), "default " + Math.max(1, t.blkioWeight() * 100 / 500));
                }
            }
        }

        @Override
        public long cpuNanos() {
            return statField(dir().resolve("cpu.stat"), "usage_usec") * 1000;
        }

        @Override
        public long memoryBytes() {
            return readLong(dir().resolve("memory.current"));
        }

        @Override
        public long memoryLimit() {
            return readLong(dir().resolve("memory.max"));
        }

        @Override
        public long pids() {
            return readLong(dir().resolve("pids.current"));
        }

        @Override
        public boolean blkioWeightSupported() {
            String c = Fs.readOrNull(ROOT.resolve("cgroup.controllers"));
            return c != null && List.of(c.split("\\s+")).contains("io");
        }

        @Override
        public boolean memorySwapSupported() {
            return true;
        }
    }
}
