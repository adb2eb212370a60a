package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Criu;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.RuncState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What would make a dump of a container fail, found without freezing it: CRIU itself, processes
 * under ptrace (CRIU must seize them itself), devices beyond the standard container nodes, and
 * sessions entered from outside (runc exec, nsenter), which live in the container's namespaces
 * without descending from its init and would either fail the dump or be lost by it.
 */
final class Precheck {

    /** Character devices every container has (runc's default nodes, the pty multiplexer, its ptys). */
    private static final Set<String> STANDARD = Set.of("1:3", "1:5", "1:7", "1:8", "1:9", "5:0", "5:1", "5:2");
    private static final int PTS_MAJOR = 136;

    private final ContainerRuntime rt;

    Precheck(ContainerRuntime rt) {
        this.rt = rt;
    }

    static CriuInfo criuInfo() {
        String version = Criu.version();
        boolean supported = Criu.versionSupported(version);
        String check = version == null ? "criu (" + Criu.binary() + ") cannot be run" : Criu.check();
        return new CriuInfo(version, supported, check,
                version != null && Criu.feature("uffd-noncoop"), version != null && Criu.feature("mem_dirty_track"));
    }

    List<String> problems(String name) {
        List<String> out = new ArrayList<>();
        CriuInfo criu = criuInfo();
        if (criu.version() == null) {
            out.add("CRIU is missing: " + Criu.binary() + " cannot be run");
        } else {
            if (!criu.supported()) {
                out.add("CRIU " + criu.version() + " is too old: " + Criu.MIN_MAJOR + "." + Criu.MIN_MINOR
                        + " or later is needed (older ones cannot dump TCP sockets on this kernel)");
            }
            if (criu.checkProblem() != null) {
                out.add("criu check fails: " + criu.checkProblem());
            }
        }
        rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            if (!rt.running(r)) {
                out.add("container " + name + " is not running");
                return null;
            }
            if (RuncState.read(rt.config().runcRoot(), name) == null) {
                out.add("runc has no state for " + name + ": exec would not work after a restore");
            }
            processes(r, out);
            return null;
        });
        return out;
    }

    private void processes(ContainerRecord r, List<String> out) {
        String pidns = link(Path.of("/proc", Long.toString(r.initPid), "ns", "pid"));
        Map<Long, Long> parent = new HashMap<>();
        Set<Long> inside = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (!n.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(n);
                Map<String, String> st = status(pid);
                if (st.isEmpty()) {
                    continue;
                }
                parent.put(pid, Long.parseLong(st.getOrDefault("PPid", "0")));
                if (pidns != null && pidns.equals(link(p.resolve("ns/pid")))) {
                    inside.add(pid);
                }
            }
        } catch (IOException e) {
            out.add("cannot list processes: " + e.getMessage());
            return;
        }
        for (String pid : cgroupProcs(r)) {
            inside.add(Long.parseLong(pid));
        }
        for (long pid : inside) {
            Map<String, String> st = status(pid);
            if (st.isEmpty()) {
                continue;
            }
            String who = "process " + pid + " (" + st.getOrDefault("Name", "?") + ")";
            long tracer = Long.parseLong(st.getOrDefault("TracerPid", "0"));
            if (tracer != 0) {
                out.add(who + " is being traced by pid " + tracer + " (" + status(tracer).getOrDefault("Name", "?")
                        + "): CRIU cannot seize a traced process");
            }
            if (!descends(pid, r.initPid, parent)) {
                out.add(who + " was entered into the container from outside (runc exec, nsenter): "
                        + "end that session first, a dump would not take it along");
            }
            devices(pid, who, out);
        }
    }

    /** Walks the parent chain; processes born after the /proc scan are looked up as met. */
    private static boolean descends(long pid, long init, Map<Long, Long> parent) {
        long p = pid;
        for (int i = 0; i < 4096 && p > 1; i++) {
            if (p == init) {
                return true;
            }
            Long pp = parent.get(p);
            if (pp == null) {
                String s = status(p).get("PPid");
                if (s == null) {
                    return true; // gone meanwhile: nothing a dump would meet
                }
                pp = Long.parseLong(s);
                parent.put(p, pp);
            }
            p = pp;
        }
        return p == init;
    }

    private static void devices(long pid, String who, List<String> out) {
        Path fds = Path.of("/proc", Long.toString(pid), "fd");
        try (Stream<Path> s = Files.list(fds)) {
            for (Path fd : s.toList()) {
                int mode;
                long rdev;
                try {
                    mode = (Integer) Files.getAttribute(fd, "unix:mode");
                    rdev = (Long) Files.getAttribute(fd, "unix:rdev");
                } catch (IOException | RuntimeException e) {
                    continue; // closed meanwhile
                }
                int type = mode & 0170000;
                boolean chr = type == 0020000;
                boolean blk = type == 0060000;
                if (!chr && !blk) {
                    continue;
                }
                long major = ((rdev >> 8) & 0xfff) | ((rdev >> 32) & ~0xfffL);
                long minor = (rdev & 0xff) | ((rdev >> 12) & ~0xffL);
                String dev = major + ":" + minor;
                if (chr && (STANDARD.contains(dev) || major == PTS_MAJOR)) {
                    continue;
                }
                String target = link(fd);
                out.add(who + " has " + (blk ? "block" : "character") + " device " + dev
                        + (target == null ? "" : " (" + target + ")") + " open: CRIU restores only the standard ones");
            }
        } catch (IOException e) {
            // the process ended while we looked
        }
    }

    private List<String> cgroupProcs(ContainerRecord r) {
        List<String> out = new ArrayList<>();
        for (Path d : Restorer.cgroupDirs(rt.cgroupsPathOf(r.name))) {
            String procs = Fs.readOrNull(d.resolve("cgroup.procs"));
            if (procs != null) {
                for (String p : procs.split("\\s+")) {
                    if (!p.isBlank() && !out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> status(long pid) {
        Map<String, String> m = new HashMap<>();
        String s = Fs.readOrNull(Path.of("/proc", Long.toString(pid), "status"));
        if (s != null) {
            for (String line : s.split("\n")) {
                int c = line.indexOf(':');
                if (c > 0) {
                    m.put(line.substring(0, c), line.substring(c + 1).strip());
                }
            }
        }
        return m;
    }

    private static String link(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
