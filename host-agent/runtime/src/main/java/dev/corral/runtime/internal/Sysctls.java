package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A container's namespaced sysctls: only keys that live in one of its own namespaces (network,
 * IPC, UTS), so setting one never reaches the host. The same set runc accepts in config.json,
 * which applies them at start; a running container gets them by writing /proc/sys from inside
 * its namespaces (/proc/sys resolves net, IPC and UTS keys by the writer's namespaces, so the
 * host's /proc does).
 *
 * <p>Whether a key exists, is writable and what its value looks like is asked of the kernel, in
 * the container's namespaces or in throw-away ones: a {@code net.core} key that is global on this
 * kernel does not exist in a new network namespace, so it is refused as not namespaced. New values
 * are first written in throw-away namespaces (or, live, rolled back) so the kernel's own range
 * checks refuse a bad value before anything is kept.
 */
public final class Sysctls {

    /** The UTS hostname: the runtime keeps it as the container's hostname, not as a sysctl. */
    public static final String HOSTNAME = "kernel.hostname";
    static final String DOMAINNAME = "kernel.domainname";
    /** IPC namespace keys (and fs.mqueue.*): runc's list. */
    static final Set<String> IPC = Set.of("kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
            "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced");
    /** The interfaces a container's namespace has when it starts; per-interface keys name only these. */
    static final Set<String> INTERFACES = Set.of("lo", "eth0", "all", "default");
    static final int MAX_VALUE = 1024;
    private static final Pattern KEY = Pattern.compile("[a-z0-9_]+(\\.[A-Za-z0-9_-]+){1,8}");
    private static final Pattern INTEGERS = Pattern.compile("-?[0-9]+( -?[0-9]+)*");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9._()-]{1,64}");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String NAMESPACES = "--net --ipc --uts";

    /** Prints per "key file" pair: value/missing/readonly. */
    private static final String PROBE = """
            while [ $# -gt 1 ]; do
              k=$1; f=$2; shift 2
              if [ ! -e "$f" ]; then printf 'missing\\t%s\\n' "$k"
              elif [ ! -w "$f" ]; then printf 'readonly\\t%s\\n' "$k"
              else printf 'value\\t%s\\t%s\\n' "$k" "$(head -n 1 "$f" 2>/dev/null | tr '\\t' ' ')"
              fi
            done
            """;

    /** Writes "key file value" triples in order; stops at the first the kernel refuses. */
    private static final String WRITE = """
            while [ $# -gt 2 ]; do
              k=$1; f=$2; v=$3; shift 3
              if ! e=$(printf '%s\\n' "$v" | tee "$f" 2>&1 >/dev/null); then
                printf 'refused\\t%s\\t%s\\n' "$k" "${e##*: }"; exit 3
              fi
              printf 'set\\t%s\\n' "$k"
            done
            """;

    enum Namespace { NET, IPC, UTS }

    private Sysctls() {
    }

    /**
     * Checks names and value syntax, without asking the kernel. Values are trimmed, with runs of
     * blanks made one space (vectors such as kernel.sem). With {@code removals}, a null or empty
     * value means "remove" and stays null in the result.
     */
    public static TreeMap<String, String> parse(Map<String, String> in, boolean removals) {
        TreeMap<String, String> out = new TreeMap<>();
        if (in == null) {
            return out;
        }
        for (Map.Entry<String, String> e : in.entrySet()) {
            String key = checkKey(e.getKey());
            String v = e.getValue() == null ? "" : e.getValue().strip().replaceAll("[ \t]+", " ");
            if (v.isEmpty()) {
                if (!removals || key.equals(HOSTNAME)) {
                    throw RuntimeError.invalid("sysctl " + key + " needs a value");
                }
                out.put(key, null);
                continue;
            }
            out.put(key, checkValue(key, v));
        }
        return out;
    }

    static String checkKey(String key) {
        if (key == null || key.length() > 128 || !KEY.matcher(key).matches()) {
            throw RuntimeError.invalid("not a sysctl name (dotted, e.g. net.ipv4.ip_forward): " + Names.quote(key));
        }
        if (namespaceOf(key) == null) {
            throw RuntimeError.invalid("sysctl " + key + " is not namespaced: setting it would change the host "
                    + "(a container may set net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*, "
                    + "kernel.hostname and kernel.domainname)");
        }
        String[] p = key.split("\\.");
        if (perInterface(p) && !INTERFACES.contains(p[3])) {
            throw RuntimeError.invalid("sysctl " + key + " names interface " + p[3] + ", which a container does not "
                    + "have when it starts (only " + String.join(", ", new TreeSet<>(INTERFACES)) + ")");
        }
        return key;
    }

    static Namespace namespaceOf(String key) {
        if (key.startsWith("net.")) {
            return Namespace.NET;
        }
        if (IPC.contains(key) || key.startsWith("fs.mqueue.")) {
            return Namespace.IPC;
        }
        if (key.equals(HOSTNAME) || key.equals(DOMAINNAME)) {
            return Namespace.UTS;
        }
        return null;
    }

    /** net.ipv4.conf.IF.x, net.ipv6.neigh.IF.x and the like. */
    private static boolean perInterface(String[] p) {
        return p.length >= 5 && p[0].equals("net") && (p[1].equals("ipv4") || p[1].equals("ipv6"))
                && (p[2].equals("conf") || p[2].equals("neigh"));
    }

    private static String checkValue(String key, String v) {
        if (v.length() > MAX_VALUE || !v.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw RuntimeError.invalid("sysctl " + key + ": value must be printable ASCII of at most " + MAX_VALUE
                    + " characters: " + Names.quote(v.length() > 40 ? v.substring(0, 40) + "..." : v));
        }
        if (key.equals(HOSTNAME)) {
            Names.hostname(v);
        } else if (key.equals(DOMAINNAME) && !DOMAIN.matcher(v).matches()) {
            throw RuntimeError.invalid("sysctl " + key + ": not a domain name: " + Names.quote(v));
        } else if (namespaceOf(key) == Namespace.IPC) {
            int want = key.equals("kernel.sem") ? 4 : 1;
            if (!INTEGERS.matcher(v).matches() || v.split(" ").length != want) {
                throw RuntimeError.invalid("sysctl " + key + " wants " + (want == 1 ? "a whole number" : want
                        + " whole numbers") + ", got " + Names.quote(v));
            }
        }
        return v;
    }

    /** Where the key is under /proc/sys. */
    static String path(String key) {
        return "/proc/sys/" + key.replace('.', '/');
    }

    /** In a new namespace the container's eth0 does not exist: its keys are tried on "default". */
    static String scratchPath(String key) {
        String[] p = key.split("\\.");
        if (perInterface(p) && p[3].equals("eth0")) {
            p[3] = "default";
            return path(String.join(".", p));
        }
        return path(key);
    }

    // ---- asking the kernel ----

    /** Where keys are read and written: a running container's namespaces, or new empty ones. */
    public record Target(long initPid) {

        public static final Target SCRATCH = new Target(0);

        public static Target container(long initPid) {
            return new Target(initPid);
        }

        List<String> argv(String script) {
            List<String> argv = new ArrayList<>();
            if (initPid > 0) {
                argv.addAll(List.of("nsenter", "-t", Long.toString(initPid)));
            } else {
                argv.add("unshare");
            }
            argv.addAll(List.of(NAMESPACES.split(" ")));
            argv.addAll(List.of("--", "sh", "-c", script, "sh"));
            return argv;
        }

        String path(String key) {
            return initPid > 0 ? Sysctls.path(key) : scratchPath(key);
        }

        String describe() {
            return initPid > 0 ? "in the container" : "in a new namespace";
        }
    }

    /**
     * The current values of {@code keys} in the target. INVALID for a key that does not exist
     * there (not namespaced on this kernel, e.g. most of net.core outside the host's namespace)
     * or is read-only.
     */
    public static Map<String, String> read(Target target, Iterable<String> keys) {
        List<String> argv = target.argv(PROBE);
        List<String> asked = new ArrayList<>();
        for (String k : keys) {
            argv.add(k);
            argv.add(target.path(k));
            asked.add(k);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (asked.isEmpty()) {
            return out;
        }
        Cmd.Result r = Cmd.run(argv, TIMEOUT);
        if (!r.ok()) {
            throw RuntimeError.failure("cannot read sysctls " + target.describe() + ": " + r.message());
        }
        for (String line : r.stdout().split("\n")) {
            String[] f = line.split("\t", 3);
            if (f.length < 2) {
                continue;
            }
            switch (f[0]) {
                case "missing" -> throw RuntimeError.invalid("sysctl " + f[1] + " does not exist in a container's "
                        + "namespaces on this host (not namespaced, or its module is not loaded)");
                case "readonly" -> throw RuntimeError.invalid("sysctl " + f[1] + " is read-only in a container");
                case "value" -> out.put(f[1], f.length > 2 ? f[2].strip() : "");
                default -> {
                    // nothing else is printed
                }
            }
        }
        for (String k : asked) {
            if (!out.containsKey(k)) {
                throw RuntimeError.failure("cannot read sysctl " + k + " " + target.describe() + ": " + r.message());
            }
        }
        return out;
    }

    /** A value shaped like the current one: as many whole numbers where the kernel shows numbers. */
    public static void checkShape(String key, String value, String current) {
        if (current != null && INTEGERS.matcher(current.replaceAll("\\s+", " ")).matches()) {
            int want = current.split("\\s+").length;
            if (!INTEGERS.matcher(value).matches() || value.split(" ").length != want) {
                throw RuntimeError.invalid("sysctl " + key + " wants " + (want == 1 ? "a whole number" : want
                        + " whole numbers") + ", got " + Names.quote(value));
            }
        }
    }

    /**
     * Writes the values in order. When the kernel refuses one, those written before it get their
     * {@code previous} values back and the refusal is INVALID with the kernel's words.
     */
    public static void write(Target target, Map<String, String> values, Map<String, String> previous) {
        if (values.isEmpty()) {
            return;
        }
        List<String> argv = target.argv(WRITE);
        for (Map.Entry<String, String> e : values.entrySet()) {
            argv.add(e.getKey());
            argv.add(target.path(e.getKey()));
            argv.add(e.getValue());
        }
        Cmd.Result r = Cmd.run(argv, TIMEOUT);
        if (r.ok()) {
            return;
        }
        Map<String, String> undo = new LinkedHashMap<>();
        String refused = null;
        for (String line : r.stdout().split("\n")) {
            String[] f = line.split("\t", 3);
            if (f[0].equals("set") && f.length > 1 && previous.get(f[1]) != null) {
                undo.put(f[1], previous.get(f[1]));
            } else if (f[0].equals("refused") && f.length > 2) {
                refused = f[1] + "=" + values.get(f[1]) + ": " + f[2];
            }
        }
        RuntimeError e = refused != null
                ? RuntimeError.invalid("the kernel refused sysctl " + refused)
                : RuntimeError.failure("cannot write sysctls " + target.describe() + ": " + r.message());
        if (!undo.isEmpty() && target.initPid() > 0) {
            try {
                write(target, undo, Map.of());
            } catch (RuntimeError again) {
                e.addSuppressed(again);
            }
        }
        throw e;
    }

    /**
     * Checks values against the kernel without touching any container: each key must exist and be
     * writable in new namespaces, look like its current value, and be accepted when written there.
     */
    public static void tryOut(Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        Map<String, String> now = read(Target.SCRATCH, values.keySet());
        values.forEach((k, v) -> checkShape(k, v, now.get(k)));
        write(Target.SCRATCH, values, Map.of());
    }

    /** The network namespace's keys, written in the namespace at {@code netns} (before a restore). */
    public static void applyToNetns(Path netns, Map<String, String> sysctls) {
        Map<String, String> net = new TreeMap<>();
        sysctls.forEach((k, v) -> {
            if (namespaceOf(k) == Namespace.NET) {
                net.put(k, v);
            }
        });
        if (net.isEmpty()) {
            return;
        }
        List<String> argv = new ArrayList<>(List.of("nsenter", "--net=" + netns, "--", "sh", "-c", WRITE, "sh"));
        net.forEach((k, v) -> argv.addAll(List.of(k, path(k), v)));
        Cmd.Result r = Cmd.run(argv, TIMEOUT);
        if (!r.ok()) {
            throw RuntimeError.failure("cannot set sysctls in " + netns + ": " + r.stdout().strip() + " " + r.message());
        }
    }
}
