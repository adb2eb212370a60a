package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Procs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the runtime does when it opens a state directory: running containers are adopted without
 * being touched; what a crash left half-done is finished or removed, and reported.
 */
final class Adoption {

    private Adoption() {
    }

    static List<String> run(ContainerRuntime rt) {
        List<String> report = new ArrayList<>(rt.templates().cleanDebris());
        List<Path> entries;
        try (Stream<Path> s = Files.list(rt.containersDir())) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            throw RuntimeError.failure("cannot list " + rt.containersDir() + ": " + e.getMessage(), e);
        }
        for (Path p : entries) {
            String n = p.getFileName().toString();
            try {
                if (n.startsWith(".") || !Files.isRegularFile(p.resolve(ContainerRecord.FILE))
                        || ContainerRecord.neverWritten(p)) {
                    // a create or destroy that never finished (see Creation): nothing can be running from it
                    Mounts.unmount(p.resolve("rootfs"));
                    Fs.deleteTree(p);
                    report.add("removed unfinished container directory " + n);
                    continue;
                }
                report.add(adopt(rt, n));
            } catch (RuntimeError e) {
                report.add("container " + n + ": " + e.getMessage());
            }
        }
        return report;
    }

    private static String adopt(ContainerRuntime rt, String name) {
        return rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            if (rt.running(r)) {
                String net = Net.linkExists(r.hostVeth) ? "" : " (warning: host veth " + r.hostVeth + " missing)";
                return "adopted running container " + name + " (init pid " + r.initPid + ")" + net;
            }
            if (r.initPid == 0) {
                // Crash between `runc run` and recording the pid: runc knows the init.
                String[] st = rt.runc().state(name);
                if (st != null && st[0].equals("running")) {
                    long pid = Long.parseLong(st[1]);
                    r.initPid = pid;
                    r.initStartTime = Procs.startTime(pid);
                    r.save(rt.dir(name));
                    return "adopted running container " + name + " (init pid " + pid + ", recovered from runc)";
                }
                boolean debris = st != null || Mounts.isMounted(rt.dir(name).resolve("rootfs"))
                        || Net.linkExists(r.hostVeth) || Files.exists(Net.netnsPath(rt.netnsName(name)));
                rt.cleanupRuntime(r);
                return debris ? "cleaned up leftovers of stopped container " + name : "container " + name + " is stopped";
            }
            rt.cleanupRuntime(r);
            r.initPid = 0;
            r.initStartTime = 0;
            r.save(rt.dir(name));
            return "container " + name + " had stopped while the agent was away: cleaned up";
        });
    }
}
