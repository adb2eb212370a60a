package dev.corral.agent.internal.containers;

import dev.corral.agent.RpcException;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerMetrics;
import dev.corral.protocol.ContainerMetricsEvent;
import dev.corral.protocol.ContainerStates;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import dev.corral.runtime.Usage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One session's container metrics. CPU percent needs the previous reading of each container, so
 * a sampler belongs to one subscription (each may have its own interval). A container someone
 * is operating on is left out of that sample rather than waited for.
 */
public final class ContainerSampler {

    private final ContainerRuntime runtime;
    private final StateWatch watch;
    private final int cpus = Runtime.getRuntime().availableProcessors();
    /** name -> {cpu nanoseconds, monotonic nanoseconds} of the previous sample */
    private final Map<String, long[]> previous = new HashMap<>();

    ContainerSampler(ContainerRuntime runtime, StateWatch watch) {
        this.runtime = runtime;
        this.watch = watch;
    }

    /** @return one entry per running container; null when none runs (nothing worth sending) */
    public synchronized ContainerMetricsEvent sample() throws RpcException {
        List<ContainerMetrics> out = new ArrayList<>();
        Map<String, long[]> seen = new HashMap<>();
        for (ContainerInfo c : watch.known()) {
            if (!ContainerStates.RUNNING.equals(c.state())) {
                continue;
            }
            Optional<Usage> usage = watch.ifFree(c.name(), () -> usageOrNull(c.name()));
            if (usage.isEmpty()) {
                continue;
            }
            Usage u = usage.get();
            long now = System.nanoTime();
            long[] before = previous.get(c.name());
            double cpu = 0;
            if (before != null && now > before[1] && u.cpuNanos() >= before[0]) {
                cpu = Math.min(100, 100.0 * (u.cpuNanos() - before[0]) / ((now - before[1]) * (double) cpus));
            }
            seen.put(c.name(), new long[] {u.cpuNanos(), now});
            out.add(new ContainerMetrics(c.name(), System.currentTimeMillis(), cpu, u.memoryBytes(), u.pids(),
                    u.netRxBytes(), u.netTxBytes()));
        }
        // A container that stopped and started again begins a fresh CPU count.
        previous.clear();
        previous.putAll(seen);
        return out.isEmpty() ? null : new ContainerMetricsEvent(out);
    }

    private Usage usageOrNull(String name) {
        try {
            return runtime.usage(name);
        } catch (RuntimeError e) {
            // stopped or destroyed since the watch last saw it: not a sample
            return null;
        }
    }
}
