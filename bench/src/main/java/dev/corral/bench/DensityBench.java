package dev.corral.bench;

import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Idle busybox containers started until the host reaches 80 % memory or the count cap, with the
 * agent's own memory per container: the agent must stay small as the fleet on a host grows.
 */
final class DensityBench {

    record Result(int containers, long agentBefore, long agentAfter, double secondsPerStart) {

        double agentBytesPerContainer() {
            return (double) (agentAfter - agentBefore) / containers;
        }
    }

    private final BenchAgent agent;

    DensityBench(BenchAgent agent) {
        this.agent = agent;
    }

    Result run(int cap) throws Exception {
        // A first container warms the agent (classes, thread pools) so the slope is per container.
        start("dense0");
        System.gc();
        long agentBefore = agent.residentBytes();
        int n = 0;
        long t0 = System.nanoTime();
        while (n < cap && hostUsed() < 0.8 * hostTotal()) {
            start("dense" + (n + 1));
            n++;
        }
        double perStart = (System.nanoTime() - t0) / 1e9 / Math.max(1, n);
        return new Result(n, agentBefore, agent.residentBytes(), perStart);
    }

    private void start(String name) throws Exception {
        agent.session.call(Methods.CONTAINER_CREATE, new ContainerSpec(name, "busybox", null, null, null, false, null),
                ContainerInfo.class);
        agent.session.call(Methods.CONTAINER_START, new NameParams(name), ContainerInfo.class);
    }

    private static long hostTotal() throws IOException {
        return meminfo("MemTotal:");
    }

    private static long hostUsed() throws IOException {
        return meminfo("MemTotal:") - meminfo("MemAvailable:");
    }

    private static long meminfo(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("no " + key + " in /proc/meminfo");
    }
}
