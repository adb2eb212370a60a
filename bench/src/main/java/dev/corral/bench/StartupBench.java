package dev.corral.bench;

import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.StopParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Create+start to a running init through the agent, against plain {@code runc run -d} of a
 * comparable bundle (same busybox rootfs read-only, same /sbin/init, fresh namespaces) in the
 * same run, alternating so machine drift hits both alike.
 */
final class StartupBench {

    private final BenchAgent agent;
    private final Path work;

    StartupBench(BenchAgent agent, Path work) {
        this.agent = agent;
        this.work = work;
    }

    /** @return corral time, runc time and the pairwise ratio corral/runc, in milliseconds */
    Stats[] run(int pairs) throws Exception {
        Path bundle = plainBundle();
        Path runcRoot = work.resolve("runc-root");
        Stats corral = new Stats();
        Stats runc = new Stats();
        Stats ratio = new Stats();
        for (int i = 0; i < pairs + 1; i++) {
            String name = "bench" + i;
            long t0 = System.nanoTime();
            agent.session.call(Methods.CONTAINER_CREATE,
                    new ContainerSpec(name, "busybox", null, null, null, false, null), ContainerInfo.class);
            agent.session.call(Methods.CONTAINER_START, new NameParams(name), ContainerInfo.class);
            double ours = (System.nanoTime() - t0) / 1e6;

            String id = "plain" + i;
            long t1 = System.nanoTime();
            Shell.quiet(List.of("runc", "--root", runcRoot.toString(), "run", "-d", "--pid-file",
                    work.resolve(id + ".pid").toString(), "-b", bundle.toString(), id));
            double theirs = (System.nanoTime() - t1) / 1e6;

            agent.session.call(Methods.CONTAINER_STOP, new StopParams(name, 5, true), ContainerInfo.class);
            agent.session.call(Methods.CONTAINER_DESTROY, new NameParams(name), Void.class);
            Shell.run(List.of("runc", "--root", runcRoot.toString(), "delete", "--force", id));
            if (i == 0) {
                continue; // warm-up: page cache, JIT, first bridge use
            }
            corral.add(ours);
            runc.add(theirs);
            ratio.add(ours / theirs);
        }
        return new Stats[] {corral, runc, ratio};
    }

    /** A bundle made by `runc spec`, pointed at the agent's busybox template, run detached. */
    private Path plainBundle() throws Exception {
        Path bundle = work.resolve("plain-bundle");
        Files.createDirectories(bundle);
        Path rootfs = agent.stateDir.resolve("templates/busybox/rootfs");
        Shell.sh("cd " + bundle + " && rm -f config.json && runc spec");
        // Detached with /dev/null stdio like Corral's containers; busybox init as PID 1; cgroups
        // under a parent of its own so nothing collides with the agent's.
        Shell.sh("cd " + bundle + " && python3 - <<'EOF'\n"
                + "import json\n"
                + "c=json.load(open('config.json'))\n"
                + "c['process']['terminal']=False\n"
                + "c['process']['args']=['/sbin/init']\n"
                + "c['root']={'path':'" + rootfs + "','readonly':True}\n"
                + "c['linux']['cgroupsPath']='/corral-bench-plain/'+'x'\n"
                + "c['linux']['namespaces'].append({'type':'cgroup'})\n"
                + "c['process'].pop('rlimits',None)\n"
                + "json.dump(c,open('config.json','w'))\n"
                + "EOF");
        return bundle;
    }
}
