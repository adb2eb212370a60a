package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The criu command line. The binary is {@code criu} on PATH unless the system property
 * {@code corral.criu} or the environment variable {@code CORRAL_CRIU} names another one (read at
 * every call, so an agent's configuration or a test's fake binary takes effect at once).
 *
 * <p>CRIU always runs in a private mount namespace of its own ({@code unshare --mount}): the
 * temporary mounts it makes (/tmp/.criu.mntns.*, cr-tmpfs.*, cgroup yards) then vanish with it
 * even when it dies half-way, instead of piling up in the host's namespace.
 */
public final class Criu {

    public static final int MIN_MAJOR = 4;
    public static final int MIN_MINOR = 2;
    /** The key under which the container's network namespace is external in the images. */
    public static final String NETNS_KEY = "corral-netns";

    private static final Pattern VERSION = Pattern.compile("(?m)^Version:\\s*(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    private Criu() {
    }

    public static String binary() {
        String p = System.getProperty("corral.criu");
        if (p == null || p.isBlank()) {
            p = System.getenv("CORRAL_CRIU");
        }
        return p == null || p.isBlank() ? "criu" : p;
    }

    /** "4.2.1", or null when criu cannot be run. */
    public static String version() {
        Cmd.Result r;
        try {
            r = Cmd.run(List.of(binary(), "--version"), Duration.ofSeconds(10));
        } catch (RuntimeError e) {
            return null;
        }
        Matcher m = VERSION.matcher(r.stdout());
        if (!r.ok() || !m.find()) {
            return null;
        }
        return m.group(1) + "." + m.group(2) + (m.group(3) == null ? "" : "." + m.group(3));
    }

    public static boolean versionSupported(String version) {
        if (version == null) {
            return false;
        }
        String[] p = version.split("\\.");
        int major = Integer.parseInt(p[0]);
        int minor = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        return major > MIN_MAJOR || (major == MIN_MAJOR && minor >= MIN_MINOR);
    }

    /** `criu check`: null when it passes, else its words. */
    public static String check() {
        Cmd.Result r = Cmd.run(List.of(binary(), "check"), Duration.ofSeconds(60));
        if (r.ok()) {
            return null;
        }
        String out = (r.stdout() + "\n" + r.stderr()).strip();
        return out.isEmpty() ? "criu check failed (exit " + r.exitCode() + ")" : lastLines(out, 3);
    }

    /** `criu check --feature NAME`: does this kernel + CRIU support it. */
    public static boolean feature(String name) {
        return Cmd.run(List.of(binary(), "check", "--feature", name), Duration.ofSeconds(30)).ok();
    }

    /**
     * criu dump of the tree under {@code initPid}, the container left running and frozen (its
     * cgroup was frozen before and stays so): the caller decides whether it dies or thaws once the
     * images are safe. The network lock is the caller's too ({@link DumpLock}).
     */
    public static List<String> dumpArgv(long initPid, Path images, Path rootfs, String freezerDir, long netnsInode,
                                        boolean tcpEstablished, boolean leaveRunning, List<String> extra) {
        List<String> a = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private", binary(), "dump",
                "-t", Long.toString(initPid), "-D", images.toString(), "-o", "dump.log", "-v4",
                "--root", rootfs.toString(), "--manage-cgroups", "--file-locks",
                "--external", "net[" + netnsInode + "]:" + NETNS_KEY, "--freeze-cgroup", freezerDir,
                "--network-lock", "skip"));
        if (tcpEstablished) {
            a.addAll(List.of("--tcp-established", "--skip-in-flight"));
        }
        if (leaveRunning) {
            a.add("--leave-running");
        }
        a.addAll(extra);
        return a;
    }

    /**
     * criu restore, detached, with the network namespace handed over as fd 3 (a shell opens it:
     * Java cannot pass descriptors beyond stdio to a child).
     */
    public static List<String> restoreArgv(Path images, Path rootfs, Path netns, String cgroupRoot, Path pidFile,
                                           boolean tcpEstablished, List<String> extra) {
        StringBuilder cmd = new StringBuilder("exec 3<").append(sh(netns.toString())).append(" && exec unshare --mount --propagation private ")
                .append(sh(binary())).append(" restore -d");
        List<String> args = new ArrayList<>(List.of("-D", images.toString(), "-o", "restore.log", "-v4",
                "--root", rootfs.toString(), "--manage-cgroups=soft", "--cgroup-root", cgroupRoot,
                "--file-locks", "--inherit-fd", "fd[3]:" + NETNS_KEY,
                "--pidfile", pidFile.toAbsolutePath().toString(), "--network-lock", "skip"));
        if (tcpEstablished) {
            args.add("--tcp-established");
        }
        args.addAll(extra);
        for (String s : args) {
            cmd.append(' ').append(sh(s));
        }
        return List.of("/bin/sh", "-c", cmd.toString());
    }

    static String sh(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * The lines of a CRIU log worth showing: its errors, else its tail; what the command itself
     * said when it wrote no log (it could not start, or is not CRIU).
     */
    public static String logErrors(Path log, Cmd.Result res) {
        String s = Fs.readOrNull(log);
        if (s == null || s.isBlank()) {
            String said = res.message();
            return said.isEmpty() ? "(no criu log, exit " + res.exitCode() + ")" : lastLines(said, 3);
        }
        List<String> errors = new ArrayList<>();
        for (String line : s.split("\n")) {
            // the RLIMIT_NOFILE complaint is in every log on hosts without CAP_SYS_RESOURCE
            if (line.contains("Error") && !line.contains("RLIMIT_NOFILE")) {
                errors.add(line.replaceFirst("^\\(\\d+\\.\\d+\\)\\s*", "").strip());
            }
        }
        if (errors.isEmpty()) {
            // the log saw nothing wrong: whatever ran it (a wrapper, a signal) has the word
            String said = res.message();
            return said.isEmpty() ? "exit " + res.exitCode() + ", log ends: " + lastLines(s, 2) : lastLines(said, 3);
        }
        return String.join(" | ", errors.subList(Math.max(0, errors.size() - 4), errors.size()));
    }

    static String lastLines(String s, int n) {
        String[] lines = s.strip().split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, lines.length - n); i < lines.length; i++) {
            b.append(lines[i].strip()).append(i < lines.length - 1 ? " | " : "");
        }
        return b.toString();
    }
}
