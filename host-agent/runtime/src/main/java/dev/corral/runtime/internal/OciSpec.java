package dev.corral.runtime.internal;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.corral.runtime.Limits;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The config.json runc builds a system container from. Close to `runc spec`'s defaults (mounts,
 * masked and read-only paths, device rules) with a system container's capabilities and init.
 */
public final class OciSpec {

    /**
     * Docker's default set plus SYS_BOOT. Not SYS_ADMIN, SYS_RESOURCE, DAC_READ_SEARCH, SYS_MODULE
     * (without a user namespace they let root escape: cgroup release_agent, open_by_handle_at).
     * SYS_BOOT is here because init's shutdown ends in reboot(2), which in a PID namespace only
     * ends the container; without it busybox init and sysvinit hang after killing everything and
     * every stop waits for SIGKILL. kexec, the part of SYS_BOOT that reaches the host, is denied
     * by the seccomp filter below. NET_ADMIN is here because the container has its own network
     * namespace and the kernel wants it for writing that namespace's sysctls (ip_forward) and for
     * iptables inside; it grants nothing over the host's interfaces, which are in another netns.
     */
    public static final List<String> CAPABILITIES = List.of(
            "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID",
            "CAP_SETUID", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE", "CAP_NET_RAW", "CAP_SYS_CHROOT",
            "CAP_MKNOD", "CAP_AUDIT_WRITE", "CAP_SETFCAP", "CAP_SYS_BOOT", "CAP_NET_ADMIN");

    /** Syscalls a container never gets, whatever its capabilities. */
    static final List<String> DENIED_SYSCALLS = List.of(
            "kexec_load", "kexec_file_load", "open_by_handle_at", "init_module", "finit_module",
            "delete_module", "acct", "swapon", "swapoff", "bpf");

    private static final List<String> MASKED = List.of(
            "/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
            "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware");

    public static final long CFS_PERIOD_US = 100_000;

    private OciSpec() {
    }

    /** @param sysctls namespaced sysctls runc writes at start (checked by {@link Sysctls}) */
    public record Params(String rootfs, String hostname, String netnsPath, String cgroupsPath, Limits limits,
                         boolean cgroupV2, Map<String, String> sysctls) {

        public Params(String rootfs, String hostname, String netnsPath, String cgroupsPath, Limits limits,
                      boolean cgroupV2) {
            this(rootfs, hostname, netnsPath, cgroupsPath, limits, cgroupV2, Map.of());
        }
    }

    public static String build(Params p) {
        JsonObject spec = new JsonObject();
        spec.addProperty("ociVersion", "1.0.2");
        spec.add("process", process());
        JsonObject root = new JsonObject();
        root.addProperty("path", p.rootfs());
        root.addProperty("readonly", false);
        spec.add("root", root);
        spec.addProperty("hostname", p.hostname());
        spec.add("mounts", mounts(p.cgroupV2()));
        spec.add("linux", linux(p));
        return new GsonBuilder().setPrettyPrinting().create().toJson(spec);
    }

    private static JsonObject process() {
        JsonObject proc = new JsonObject();
        proc.addProperty("terminal", false);
        JsonObject user = new JsonObject();
        user.addProperty("uid", 0);
        user.addProperty("gid", 0);
        proc.add("user", user);
        proc.add("args", strings(List.of("/sbin/init")));
        proc.add("env", strings(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "container=corral")));
        proc.addProperty("cwd", "/");
        JsonObject caps = new JsonObject();
        for (String set : List.of("bounding", "effective", "permitted")) {
            caps.add(set, strings(CAPABILITIES));
        }
        proc.add("capabilities", caps);
        // No rlimits: the container inherits the agent's. Raising any above the caller's hard
        // limit needs CAP_SYS_RESOURCE, which our hosts lack.
        // Setuid programs (su, ping on old systems) must work in a system container.
        proc.addProperty("noNewPrivileges", false);
        return proc;
    }

    private static JsonArray mounts(boolean cgroupV2) {
        JsonArray m = new JsonArray();
        m.add(mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")));
        m.add(mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")));
        m.add(mount("/dev/pts", "devpts", "devpts",
                List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")));
        m.add(mount("/dev/shm", "tmpfs", "shm", List.of("nosuid", "noexec", "nodev", "mode=1777", "size=65536k")));
        m.add(mount("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")));
        m.add(mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")));
        m.add(mount("/sys/fs/cgroup", cgroupV2 ? "cgroup2" : "cgroup", "cgroup",
                List.of("nosuid", "noexec", "nodev", "relatime", "ro")));
        // Without CAP_SYS_ADMIN the container's init cannot mount /run itself.
        m.add(mount("/run", "tmpfs", "tmpfs", List.of("nosuid", "nodev", "mode=755", "size=65536k")));
        return m;
    }

    private static JsonObject mount(String dest, String type, String source, List<String> options) {
        JsonObject o = new JsonObject();
        o.addProperty("destination", dest);
        o.addProperty("type", type);
        o.addProperty("source", source);
        o.add("options", strings(options));
        return o;
    }

    private static JsonObject linux(Params p) {
        JsonObject linux = new JsonObject();
        linux.add("resources", resources(p.limits(), p.cgroupV2()));
        linux.addProperty("cgroupsPath", p.cgroupsPath());
        if (p.sysctls() != null && !p.sysctls().isEmpty()) {
            JsonObject sysctl = new JsonObject();
            new TreeMap<>(p.sysctls()).forEach(sysctl::addProperty);
            linux.add("sysctl", sysctl);
        }
        JsonArray ns = new JsonArray();
        for (String t : List.of("pid", "ipc", "uts", "mount", "cgroup")) {
            JsonObject o = new JsonObject();
            o.addProperty("type", t);
            ns.add(o);
        }
        JsonObject net = new JsonObject();
        net.addProperty("type", "network");
        net.addProperty("path", p.netnsPath());
        ns.add(net);
        linux.add("namespaces", ns);
        linux.add("maskedPaths", strings(MASKED));
        linux.add("readonlyPaths", strings(readonlyPaths()));
        linux.add("seccomp", seccomp());
        return linux;
    }

    /**
     * runc's default makes all of /proc/sys read-only. We do the same for every subtree except
     * net: those sysctls belong to the container's own network namespace (ip_forward and friends
     * are the container's business), while kernel/vm/fs ones would reach the host.
     */
    static List<String> readonlyPaths() {
        List<String> ro = new ArrayList<>(List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sysrq-trigger"));
        String[] sys = new File("/proc/sys").list();
        if (sys == null) {
            ro.add("/proc/sys");
        } else {
            java.util.Arrays.sort(sys);
            for (String d : sys) {
                if (!d.equals("net")) {
                    ro.add("/proc/sys/" + d);
                }
            }
        }
        return ro;
    }

    private static JsonObject seccomp() {
        JsonObject s = new JsonObject();
        s.addProperty("defaultAction", "SCMP_ACT_ALLOW");
        s.add("architectures", strings(List.of("SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32")));
        JsonObject deny = new JsonObject();
        deny.add("names", strings(DENIED_SYSCALLS));
        deny.addProperty("action", "SCMP_ACT_ERRNO");
        deny.addProperty("errnoRet", 1);
        JsonArray calls = new JsonArray();
        calls.add(deny);
        s.add("syscalls", calls);
        return s;
    }

    private static JsonObject resources(Limits l, boolean cgroupV2) {
        JsonObject r = new JsonObject();
        JsonArray devices = new JsonArray();
        devices.add(device(false, null, -1, -1, "rwm"));
        // The same nodes runc creates and allows by default.
        devices.add(device(true, "c", 1, 3, "rwm"));   // null
        devices.add(device(true, "c", 1, 5, "rwm"));   // zero
        devices.add(device(true, "c", 1, 7, "rwm"));   // full
        devices.add(device(true, "c", 1, 8, "rwm"));   // random
        devices.add(device(true, "c", 1, 9, "rwm"));   // urandom
        devices.add(device(true, "c", 5, 0, "rwm"));   // tty
        devices.add(device(true, "c", 5, 1, "rwm"));   // console
        devices.add(device(true, "c", 5, 2, "rwm"));   // ptmx
        devices.add(device(true, "c", 136, -1, "rwm")); // pts
        r.add("devices", devices);
        if (l.memoryBytes() != null || l.memorySwapBytes() != null) {
            JsonObject mem = new JsonObject();
            if (l.memoryBytes() != null) {
                mem.addProperty("limit", l.memoryBytes());
            }
            if (l.memorySwapBytes() != null) {
                mem.addProperty("swap", l.memorySwapBytes());
            }
            r.add("memory", mem);
        }
        if (l.cpuShares() != null || l.cpus() != null || l.cpuset() != null) {
            JsonObject cpu = new JsonObject();
            if (l.cpuShares() != null && !cgroupV2) {
                cpu.addProperty("shares", l.cpuShares());
            }
            if (l.cpus() != null) {
                cpu.addProperty("quota", Math.round(l.cpus() * CFS_PERIOD_US));
                cpu.addProperty("period", CFS_PERIOD_US);
            }
            if (l.cpuset() != null) {
                cpu.addProperty("cpus", l.cpuset());
            }
            if (cpu.size() > 0) {
                r.add("cpu", cpu);
            }
        }
        if (l.cpuShares() != null && cgroupV2) {
            // runc would turn shares into a weight of its own (1024 -> 39): give v2 the weight itself
            JsonObject unified = new JsonObject();
            unified.addProperty("cpu.weight", String.valueOf(Limits.weightForShares(l.cpuShares())));
            r.add("unified", unified);
        }
        if (l.pids() != null) {
            JsonObject pids = new JsonObject();
            pids.addProperty("limit", l.pids());
            r.add("pids", pids);
        }
        if (l.blkioWeight() != null) {
            JsonObject b = new JsonObject();
            b.addProperty("weight", l.blkioWeight());
            r.add("blockIO", b);
        }
        return r;
    }

    private static JsonObject device(boolean allow, String type, int major, int minor, String access) {
        JsonObject d = new JsonObject();
        d.addProperty("allow", allow);
        if (type != null) {
            d.addProperty("type", type);
        }
        if (major >= 0) {
            d.addProperty("major", major);
        }
        if (minor >= 0) {
            d.addProperty("minor", minor);
        }
        d.addProperty("access", access);
        return d;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
