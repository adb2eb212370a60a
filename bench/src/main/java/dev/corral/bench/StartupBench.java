package dev.corral.bench;

import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.ContainerStates;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.StopParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Create+start to a running init through the agent (one {@code container.create} with
 * {@code start} over SSH), against plain {@code runc run -d} of a
 * comparable bundle (same busybox rootfs read-only, same /sbin/init, fresh namespaces), and
 * against a shell script doing by hand what Corral sets up around runc (overlay root, netns with
 * a veth on the bridge, address and route, then {@code runc run -d} joining that netns). Each
 * round runs all three; the order rotates from round to round and the machine settles before
 * each start and after each round's tear-down, so no contender always pays for the kernel's
 * deferred clean-up (netns, cgroups) of the one before it, nor shares another's cgroup-move wait.
 */
final class StartupBench {

    /** Kernel work a tear-down leaves behind (netns and memcg release) takes this long to drain here. */
    private static final long SETTLE_MS = 300;
    private static final String SCRIPTED_NETNS = "corral-bench-scripted";
    private static final String SCRIPTED_VETH = "crbenchscript";
    private static final String SCRIPTED_ADDRESS = "198.19.255.250";

    record Result(Stats corral, Stats plain, Stats scripted, Stats ratioPlain, Stats ratioScripted) {
    }

    private final BenchAgent agent;
    private final Path work;
    private final Path runcRoot;

    StartupBench(BenchAgent agent, Path work) {
        this.agent = agent;
        this.work = work;
        this.runcRoot = work.resolve("runc-root");
    }

    Result run(int rounds) throws Exception {
        Path plainBundle = plainBundle();
        Path scriptedBundle = scriptedBundle();
        Result r = new Result(new Stats(), new Stats(), new Stats(), new Stats(), new Stats());
        for (int i = 0; i < rounds + 1; i++) {
            double[] t = new double[3];
            for (int k = 0; k < 3; k++) {
                if (k > 0) {
                    // Each start from a quiet spell, as a lone start would be: moving a process
                    // into a cgroup waits for an RCU grace period (~10 ms here) unless another
                    // move happened within about one grace period, so a runc right after the
                    // previous contender's rode on that one's wait.
                    Thread.sleep(SETTLE_MS);
                }
                int which = (i + k) % 3;
                t[which] = switch (which) {
                    case 0 -> corral("bench" + i);
                    case 1 -> plain(plainBundle, "plain" + i);
                    default -> scripted(scriptedBundle, "scripted" + i);
                };
            }
            agent.session.call(Methods.CONTAINER_STOP, new StopParams("bench" + i, 5, true), ContainerInfo.class);
            agent.session.call(Methods.CONTAINER_DESTROY, new NameParams("bench" + i), Void.class);
            Shell.run(List.of("runc", "--root", runcRoot.toString(), "delete", "--force", "plain" + i));
            Shell.run(List.of("runc", "--root", runcRoot.toString(), "delete", "--force", "scripted" + i));
            scriptedTeardown();
            Thread.sleep(SETTLE_MS);
            if (i == 0) {
                continue; // warm-up: page cache, JIT, first bridge use
            }
            r.corral().add(t[0]);
            r.plain().add(t[1]);
            r.scripted().add(t[2]);
            r.ratioPlain().add(t[0] / t[1]);
            r.ratioScripted().add(t[0] / t[2]);
        }
        return r;
    }

    /** One {@code container.create} with {@code start}: what a client wanting a running container sends. */
    private double corral(String name) throws Exception {
        long t0 = System.nanoTime();
        ContainerInfo info = agent.session.call(Methods.CONTAINER_CREATE,
                new ContainerSpec(name, "busybox", null, null, null, false, null).started(), ContainerInfo.class);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (!ContainerStates.RUNNING.equals(info.state())) {
            throw new IllegalStateException("container " + name + " is " + info.state() + " after create with start");
        }
        return ms;
    }

    private double plain(Path bundle, String id) throws Exception {
        long t0 = System.nanoTime();
        Shell.quiet(List.of("runc", "--root", runcRoot.toString(), "run", "-d", "--pid-file",
                work.resolve(id + ".pid").toString(), "-b", bundle.toString(), id));
        return (System.nanoTime() - t0) / 1e6;
    }

    /** What Corral does around runc, as few processes as a careful script would use. */
    private double scripted(Path bundle, String id) throws Exception {
        Path layers = work.resolve("scripted-layers");
        Path rootfs = agent.stateDir.resolve("templates/busybox/rootfs");
        String script = "set -e\n"
                + "mount -t overlay overlay -o lowerdir=" + rootfs + ",upperdir=" + layers.resolve("upper")
                + ",workdir=" + layers.resolve("work") + " " + layers.resolve("rootfs") + "\n"
                + "printf 'netns add " + SCRIPTED_NETNS + "\\nlink add " + SCRIPTED_VETH
                + " type veth peer name eth0 netns " + SCRIPTED_NETNS + "\\nlink set " + SCRIPTED_VETH
                + " master " + BenchAgent.BRIDGE + " up\\n' | ip -batch -\n"
                + "printf 'link set lo up\\naddr add " + SCRIPTED_ADDRESS + "/16 dev eth0\\nlink set eth0 up\\n"
                + "route add default via " + BenchAgent.GATEWAY + "\\n' | ip -n " + SCRIPTED_NETNS + " -batch -\n"
                + "exec runc --root " + runcRoot + " run -d --pid-file " + work.resolve(id + ".pid") + " -b "
                + bundle + " " + id + "\n";
        long t0 = System.nanoTime();
        Shell.quiet(List.of("sh", "-c", script));
        return (System.nanoTime() - t0) / 1e6;
    }

    private void scriptedTeardown() throws Exception {
        Path layers = work.resolve("scripted-layers");
        Shell.sh("umount " + layers.resolve("rootfs") + " 2>/dev/null; ip netns del " + SCRIPTED_NETNS
                + " 2>/dev/null; i=0; while ip link show " + SCRIPTED_VETH + " >/dev/null 2>&1 && [ $i -lt 100 ]; do"
                + " sleep 0.02; i=$((i+1)); done; rm -rf " + layers + " && mkdir -p " + layers.resolve("upper") + " "
                + layers.resolve("work") + " " + layers.resolve("rootfs"));
    }

    /** A bundle made by `runc spec`, pointed at the agent's busybox template, run detached. */
    private Path plainBundle() throws Exception {
        Path rootfs = agent.stateDir.resolve("templates/busybox/rootfs");
        return bundle("plain-bundle", "x", "c['root']={'path':'" + rootfs + "','readonly':True}\n");
    }

    /** The plain bundle on the script's writable overlay, joining the script's netns. */
    private Path scriptedBundle() throws Exception {
        scriptedTeardown();
        return bundle("scripted-bundle", "s", "c['root']={'path':'" + work.resolve("scripted-layers/rootfs") + "','readonly':False}\n"
                + "c['linux']['namespaces']=[n for n in c['linux']['namespaces'] if n['type']!='network']"
                + "+[{'type':'network','path':'/run/netns/" + SCRIPTED_NETNS + "'}]\n");
    }

    private Path bundle(String dir, String cgroup, String edits) throws Exception {
        Path bundle = work.resolve(dir);
        Files.createDirectories(bundle);
        Shell.sh("cd " + bundle + " && rm -f config.json && runc spec");
        // Detached with /dev/null stdio like Corral's containers; busybox init as PID 1; cgroups
        // under a parent of its own so nothing collides with the agent's (a leaf per bundle: two
        // run at once).
        Shell.sh("cd " + bundle + " && python3 - <<'EOF'\n"
                + "import json\n"
                + "c=json.load(open('config.json'))\n"
                + "c['process']['terminal']=False\n"
                + "c['process']['args']=['/sbin/init']\n"
                + edits
                + "c['linux']['cgroupsPath']='/corral-bench-plain/" + cgroup + "'\n"
                + "c['linux']['namespaces'].append({'type':'cgroup'})\n"
                + "c['process'].pop('rlimits',None)\n"
                + "json.dump(c,open('config.json','w'))\n"
                + "EOF");
        return bundle;
    }
}
