package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
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
        List<String> a = wrapped(null, List.of(images, rootfs), "dump",
                "-t", Long.toString(initPid), "-D", images.toString(), "-o", "dump.log", "-v4",
                "--root", rootfs.toString(), "--manage-cgroups", "--file-locks",
                "--external", "net[" + netnsInode + "]:" + NETNS_KEY, "--freeze-cgroup", freezerDir,
                "--network-lock", "skip");
        if (tcpEstablished) {
            a.addAll(List.of("--tcp-established", "--skip-in-flight"));
        }
        if (leaveRunning) {
            a.add("--leave-running");
        }
        a.addAll(extra);
        return a;
    }

    /** criu restore, detached, into the network namespace at {@code netns}. */
    public static List<String> restoreArgv(Path images, Path rootfs, Path netns, String cgroupRoot, Path pidFile,
                                           boolean tcpEstablished, List<String> extra) {
        List<String> a = wrapped(netns, List.of(images, rootfs, pidFile), "restore", "-d",
                "-D", images.toString(), "-o", "restore.log", "-v4",
                "--root", rootfs.toString(), "--manage-cgroups=soft", "--cgroup-root", cgroupRoot,
                "--file-locks", "--inherit-fd", "fd[3]:" + NETNS_KEY,
                "--pidfile", pidFile.toAbsolutePath().toString(), "--network-lock", "skip");
        if (tcpEstablished) {
            a.add("--tcp-established");
        }
        a.addAll(extra);
        return a;
    }

    /** The lazy-pages daemon of a post-copy restore; from a page server, or the images when null. */
    public static List<String> lazyPagesArgv(Path images, String pageServer, int port) {
        List<String> a = wrapped(null, List.of(images), "lazy-pages", "-D", images.toString(),
                "-o", "lazy-pages.log", "-v4", "--status-fd", "1");
        if (pageServer != null) {
            a.addAll(List.of("--page-server", "--address", pageServer, "--port", Integer.toString(port)));
        }
        return a;
    }

    /**
     * {@code criu page-server} taking one dump's pages into {@code dir} from the connection it is
     * given as {@link SocketChild#SOCKET_FD}; it exits when that dump closes.
     */
    public static List<String> pageServerArgv(Path dir, String logFile) {
        return wrapped(null, List.of(dir), "page-server", "-D", dir.toString(), "-o", logFile, "-v4",
                "--ps-socket", Integer.toString(SocketChild.SOCKET_FD));
    }

    /** What a dump adds to send its memory to a page server over its {@link SocketChild#SOCKET_FD}. */
    public static List<String> pageServerSocketArgs() {
        return List.of("--page-server", "--ps-socket", Integer.toString(SocketChild.SOCKET_FD));
    }

    /**
     * How every criu runs: in a private mount namespace (see the class comment), through a small
     * shell that first opens the container's network namespace as fd 3 when there is one (Java
     * cannot hand a child descriptors beyond stdio) and gives CRIU a kernel-feature cache.
     *
     * <p>CRIU caches what it probes of the kernel in /run/criu.kdat, but only on a tmpfs; where /run
     * is not one (these VMs), every run probes again, ~20 ms of frozen time on each dump and on each
     * restore. There a root-only directory on /dev/shm (a tmpfs, emptied by a reboot like /run) is
     * mounted over /run inside CRIU's namespace, unless a path CRIU needs lies under /run.
     */
    static List<String> wrapped(Path netns, List<Path> paths, String... criuArgs) {
        Path kdat = kdatDir(paths);
        List<String> a = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private", "/bin/sh", "-c",
                "ns=$1; kdat=$2; shift 2; "
                        + "if [ -n \"$ns\" ]; then exec 3<\"$ns\" || exit 125; fi; "
                        + "if [ -n \"$kdat\" ]; then mount --bind \"$kdat\" /run || exit 125; fi; "
                        + "exec \"$@\"",
                "criu-wrapper", netns == null ? "" : netns.toString(), kdat == null ? "" : kdat.toString(), binary()));
        a.addAll(List.of(criuArgs));
        return a;
    }

    static final Path RUN = Path.of("/run");
    static final Path KDAT_DIR = Path.of("/dev/shm/corral-criu");

    private static Path kdatDir(List<Path> paths) {
        try {
            if ("tmpfs".equals(Files.getFileStore(RUN).type())) {
                return null;
            }
            for (Path p : paths) {
                if (p.toAbsolutePath().normalize().startsWith(RUN)) {
                    return null;
                }
            }
            if (!Files.exists(KDAT_DIR, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(KDAT_DIR, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            // only a directory of root's that nobody else can write: CRIU trusts what it reads there
            PosixFileAttributes at = Files.readAttributes(KDAT_DIR, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            boolean ok = at.isDirectory() && at.owner().getName().equals("root")
                    && at.permissions().equals(PosixFilePermissions.fromString("rwx------"));
            return ok ? KDAT_DIR : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
