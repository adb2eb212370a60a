package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.DumpLock;
import dev.corral.runtime.internal.Freezer;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.NetnsLock;
import dev.corral.runtime.internal.Poll;
import dev.corral.runtime.internal.Procs;
import dev.corral.runtime.internal.RuncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The host's side of a restore: what must be there before CRIU runs (overlay, network namespace
 * closed to the world, no stale cgroups) and the taking down of all of it, and of whatever CRIU
 * started, when the restore fails. Both ends live here because the take-down must undo exactly
 * what the preparation and CRIU made.
 */
final class RestoreHost {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreHost.class);

    private final ContainerRuntime rt;

    RestoreHost(ContainerRuntime rt) {
        this.rt = rt;
    }

    /**
     * Overlay mounted, network up but closed. A network already prepared for this restore (a
     * migration's destination calls {@link ContainerNetwork#prepare} before the source freezes) is
     * kept; leftovers of anything else are cleared first, without forking tools when there are none.
     */
    void prepare(ContainerRecord r, Path netns, String cgroupsPath) {
        boolean prepared = Files.exists(netns) && Net.linkExists(r.hostVeth) && NetnsLock.locked(rt.netnsName(r.name));
        Path rootfs = rt.dir(r.name).resolve("rootfs");
        if (!prepared) {
            if (Files.exists(rt.config().runcRoot().resolve(r.name)) || Mounts.isMounted(rootfs) || Files.exists(netns)
                    || Net.linkExists(r.hostVeth) || !cgroupDirs(cgroupsPath).isEmpty()) {
                rt.cleanupRuntime(r);
            }
        } else {
            if (Files.exists(rt.config().runcRoot().resolve(r.name))) {
                rt.runc().deleteForce(r.name);
            }
            Mounts.unmount(rootfs);
        }
        removeCgroupDirs(cgroupsPath);
        Mounts.mountOverlay(rt.templates().rootfs(r.template), rt.dir(r.name).resolve("upper"),
                rt.dir(r.name).resolve("work"), rootfs);
        if (!prepared) {
            rt.network().attachClosed(r);
        }
    }

    /** Kills whatever CRIU left running and removes every trace of the attempt. */
    void takeDown(ContainerRecord r, String cgroupsPath) {
        LOG.warn("restore of {} failed: taking it down", r.name);
        Path netns = Net.netnsPath(rt.netnsName(r.name));
        if (Files.exists(netns)) {
            // Restored sockets that die would send resets to the peers of the connections, which
            // a later attempt (or the source of a migration) is to carry on: not a word out.
            DumpLock.lock(netns);
        }
        List<Path> dirs = cgroupDirs(cgroupsPath);
        for (Path d : dirs) {
            String procs = Fs.readOrNull(d.resolve("cgroup.procs"));
            if (procs != null) {
                for (String p : procs.split("\\s+")) {
                    if (!p.isBlank()) {
                        Procs.signal(Long.parseLong(p), "KILL");
                    }
                }
            }
        }
        // CRIU puts back the freezer state it dumped (frozen), and frozen tasks die only when thawed.
        Freezer.of(cgroupsPath).thaw();
        Poll.until(Duration.ofSeconds(10), () -> dirs.stream().allMatch(d -> {
            String procs = Fs.readOrNull(d.resolve("cgroup.procs"));
            return procs == null || procs.isBlank();
        }));
        RuncState.remove(rt.config().runcRoot(), r.name);
        r.initPid = 0;
        r.initStartTime = 0;
        r.save(rt.dir(r.name));
        rt.cleanupRuntime(r);
        removeCgroupDirs(cgroupsPath);
    }

    private static void removeCgroupDirs(String cgroupsPath) {
        for (Path d : cgroupDirs(cgroupsPath)) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                throw RuntimeError.failure("cannot remove cgroup " + d + " (processes left in it?): " + e.getMessage(), e);
            }
        }
    }

    /**
     * The container's directory in every mounted cgroup hierarchy, named ones (name=systemd) and
     * the v2 tree included: CRIU re-creates all of them, runc's and our clean-up know only some.
     */
    static List<Path> cgroupDirs(String cgroupsPath) {
        String rel = cgroupsPath.startsWith("/") ? cgroupsPath.substring(1) : cgroupsPath;
        List<Path> out = new ArrayList<>();
        for (String line : Fs.read(Path.of("/proc/self/mountinfo")).split("\n")) {
            int dash = line.indexOf(" - ");
            if (dash < 0) {
                continue;
            }
            String fstype = line.substring(dash + 3).split(" ")[0];
            if (fstype.equals("cgroup") || fstype.equals("cgroup2")) {
                Path d = Path.of(line.split(" ")[4]).resolve(rel);
                if (Files.isDirectory(d)) {
                    out.add(d);
                }
            }
        }
        return out;
    }
}
