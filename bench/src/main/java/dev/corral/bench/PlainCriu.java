package dev.corral.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The plain-CRIU peer of the migration benchmark: the same workload in a plain runc container
 * (a `runc spec` bundle on an overlay of the lab host's busybox template, busybox init as PID 1,
 * its own network namespace given by path), checkpointed with `criu dump` and brought back with
 * `criu restore -d` on this one host. The options match what Corral passes: the tree from init,
 * --root, --manage-cgroups, --file-locks, --tcp-established (--skip-in-flight), the netns external
 * (inherited as an fd at restore), images on the same disk as the agents' state directories, the
 * same memory limit as the Corral container.
 * Frozen time is `criu dump` (which seizes, dumps and kills the tree) plus `criu restore -d` (to
 * the tree running again). What it does not do and Corral does: copy the images to another host,
 * keep the upper layer with them, release and rebuild the host side of the network.
 */
final class PlainCriu implements AutoCloseable {

    /** One round: the two commands, each timed from the outside. */
    record Result(double dumpMillis, double restoreMillis) {
        double frozen() {
            return dumpMillis + restoreMillis;
        }
    }

    private static final String ID = "corral-bench-plain";
    private static final String NETNS = "crbench-plain";
    private static final String NETNS_KEY = "plain-netns";

    private final Path dir;
    private final Path rootfs;
    private long pid;

    private PlainCriu(Path dir) {
        this.dir = dir;
        this.rootfs = dir.resolve("rootfs");
    }

    /** Starts the plain container with {@code mib} of memory filled, in {@code dir} (on the lab's disk). */
    static PlainCriu start(Path dir, Path template, Path memfill, int mib) throws Exception {
        PlainCriu p = new PlainCriu(dir);
        try {
            p.up(template, memfill, mib);
            return p;
        } catch (Exception e) {
            p.close();
            throw e;
        }
    }

    private void up(Path template, Path memfill, int mib) throws Exception {
        for (String d : List.of("upper", "work", "rootfs", "bundle")) {
            Files.createDirectories(dir.resolve(d));
        }
        Workload.install(dir.resolve("upper"), memfill, mib);
        Shell.run(List.of("mount", "-t", "overlay", "overlay", "-o", "lowerdir=" + template + ",upperdir="
                + dir.resolve("upper") + ",workdir=" + dir.resolve("work"), rootfs.toString()));
        Shell.sh("ip netns del " + NETNS + " 2>/dev/null; ip netns add " + NETNS + " && ip -n " + NETNS + " link set lo up");
        Path bundle = dir.resolve("bundle");
        Shell.sh("cd " + bundle + " && rm -f config.json && runc spec && python3 - <<'EOF'\n"
                + "import json\n"
                + "c=json.load(open('config.json'))\n"
                + "c['process']['terminal']=False\n"
                + "c['process']['args']=['/sbin/init']\n"
                + "c['process'].pop('rlimits',None)\n"
                + "c['root']={'path':'" + rootfs + "','readonly':False}\n"
                + "c['linux']['namespaces']=[n for n in c['linux']['namespaces'] if n['type']!='network']"
                + "+[{'type':'network','path':'/run/netns/" + NETNS + "'},{'type':'cgroup'}]\n"
                + "c['linux']['cgroupsPath']='/" + ID + "/m'\n"
                + "c['linux'].setdefault('resources',{})['memory']={'limit':" + CorralMigrations.memoryLimit(mib) + "}\n"
                + "json.dump(c,open('config.json','w'))\n"
                + "EOF");
        Shell.quiet(List.of("runc", "--root", dir.resolve("runc").toString(), "run", "-d", "--pid-file",
                dir.resolve("init.pid").toString(), "-b", bundle.toString(), ID));
        pid = Long.parseLong(Files.readString(dir.resolve("init.pid")).strip());
        Workload.awaitReady(rootfs, mib);
    }

    /** criu dump, then criu restore of the same images. */
    Result round() throws Exception {
        Path images = dir.resolve("images");
        Shell.sh("rm -rf " + images + " " + dir.resolve("restore.pid") + " && mkdir " + images);
        long inode = (Long) Files.getAttribute(Path.of("/run/netns/" + NETNS), "unix:ino");
        long t0 = System.nanoTime();
        Shell.quiet(List.of("criu", "dump", "-t", Long.toString(pid), "-D", images.toString(), "-o", "dump.log",
                "--root", rootfs.toString(), "--manage-cgroups", "--file-locks", "--external",
                "net[" + inode + "]:" + NETNS_KEY, "--tcp-established", "--skip-in-flight"));
        long t1 = System.nanoTime();
        Shell.quiet(List.of("sh", "-c", "exec 3</run/netns/" + NETNS + " && exec \"$@\"", "criu-restore",
                "criu", "restore", "-d", "-D", images.toString(), "-o", "restore.log", "--root", rootfs.toString(),
                "--manage-cgroups=soft", "--file-locks", "--inherit-fd", "fd[3]:" + NETNS_KEY,
                "--pidfile", dir.resolve("restore.pid").toString(), "--tcp-established"));
        long t2 = System.nanoTime();
        pid = Long.parseLong(Files.readString(dir.resolve("restore.pid")).strip());
        return new Result((t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Shell.quiet(List.of("sh", "-c", "runc --root " + dir.resolve("runc") + " delete --force " + ID + " 2>/dev/null; "
                + (pid > 0 ? "kill -9 " + pid + " 2>/dev/null; " : "")
                + "for i in $(seq 100); do [ -z \"$(cat /sys/fs/cgroup/pids/" + ID + "/m/cgroup.procs 2>/dev/null)\" ] && break;"
                + " sleep 0.05; done; umount " + rootfs + " 2>/dev/null; ip netns del " + NETNS + " 2>/dev/null; "
                + "rmdir /sys/fs/cgroup/*/" + ID + "/m /sys/fs/cgroup/*/" + ID + " 2>/dev/null; rm -rf " + dir + "; true"));
    }
}
