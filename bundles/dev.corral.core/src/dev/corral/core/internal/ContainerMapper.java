package dev.corral.core.internal;

import dev.corral.model.Container;
import dev.corral.model.ContainerMetrics;
import dev.corral.model.ContainerState;
import dev.corral.model.CorralFactory;
import dev.corral.model.Host;
import dev.corral.model.Limits;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerMetricsEvent;
import dev.corral.protocol.ContainerStateEvent;
import dev.corral.protocol.ContainerStates;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copies the agent's container records into a host's containers. Containers are matched by name
 * and kept as the same objects, so a selection or an open terminal survives a reconnect; only
 * attributes that differ are set, so listeners hear about real changes only. Limits and metrics
 * are replaced whole (one notification per sample). Callers hold the model lock.
 */
public final class ContainerMapper {

    private ContainerMapper() {
    }

    /** The host's containers become exactly {@code infos}: new ones added, vanished ones removed. */
    public static void applyList(Host host, List<ContainerInfo> infos) {
        Set<String> seen = new HashSet<>();
        for (ContainerInfo info : infos) {
            seen.add(info.name());
            apply(host, info);
        }
        host.getContainers().removeIf(c -> !seen.contains(c.getName()));
    }

    /** Adds or updates one container; a destroyed one is removed. */
    public static void apply(Host host, ContainerInfo info) {
        if (ContainerStates.DESTROYED.equals(info.state())) {
            remove(host, info.name());
            return;
        }
        Container container = find(host, info.name());
        boolean added = container == null;
        if (added) {
            container = CorralFactory.eINSTANCE.createContainer();
            container.setName(info.name());
        }
        set(container.getUuid(), info.uuid(), container::setUuid);
        set(container.getTemplate(), info.template(), container::setTemplate);
        set(container.getHostname(), info.hostname(), container::setHostname);
        set(container.getIpAddress(), info.ipAddress(), container::setIpAddress);
        ContainerState state = state(info.state());
        if (container.getState() != state) {
            container.setState(state);
        }
        if (state != ContainerState.RUNNING) {
            container.setMetrics(null); // a stopped container uses nothing; a stale sample would look live
        }
        Limits limits = limits(info.limits());
        if (container.getLimits() == null || !sameLimits(container.getLimits(), limits)) {
            container.setLimits(limits);
        }
        if (added) {
            host.getContainers().add(container); // last: listeners see it complete
        }
    }

    /**
     * Replaces the limits even when they did not change, so views that showed a value the agent
     * refused hear about it and show the real one again.
     */
    public static void resetLimits(Host host, ContainerInfo info) {
        Container container = find(host, info.name());
        if (container != null) {
            container.setLimits(limits(info.limits()));
        }
    }

    public static void applyEvent(Host host, ContainerStateEvent event) {
        if (event.info() != null) {
            apply(host, event.info());
        } else if (ContainerStates.DESTROYED.equals(event.state())) {
            remove(host, event.name());
        } else {
            Container container = find(host, event.name());
            if (container != null) {
                container.setState(state(event.state()));
            }
        }
    }

    public static void applyMetrics(Host host, ContainerMetricsEvent event) {
        if (event.containers() == null) {
            return;
        }
        Map<String, Container> byName = new HashMap<>();
        host.getContainers().forEach(c -> byName.put(c.getName(), c));
        for (dev.corral.protocol.ContainerMetrics m : event.containers()) {
            Container container = byName.get(m.name());
            if (container == null || container.getState() != ContainerState.RUNNING) {
                continue; // a sample racing a stop or destroy
            }
            ContainerMetrics metrics = CorralFactory.eINSTANCE.createContainerMetrics();
            metrics.setTimestamp(m.timestamp());
            metrics.setCpuPercent(m.cpuPercent());
            metrics.setMemoryBytes(m.memoryBytes());
            metrics.setPids(m.pids());
            metrics.setRxBytes(m.rxBytes());
            metrics.setTxBytes(m.txBytes());
            container.setMetrics(metrics);
        }
    }

    /** While the host is unreachable its containers' state is unknown, not what it was last seen. */
    public static void markUnknown(Host host) {
        for (Container c : host.getContainers()) {
            if (c.getState() != ContainerState.UNKNOWN) {
                c.setState(ContainerState.UNKNOWN);
            }
            c.setMetrics(null);
        }
    }

    public static Container find(Host host, String name) {
        for (Container c : host.getContainers()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static void remove(Host host, String name) {
        Container container = find(host, name);
        if (container != null) {
            host.getContainers().remove(container);
        }
    }

    /** The model's state for the agent's; "broken" and anything newer read as UNKNOWN. */
    public static ContainerState state(String state) {
        if (state == null) {
            return ContainerState.UNKNOWN;
        }
        return switch (state) {
            case ContainerStates.STOPPED -> ContainerState.STOPPED;
            case ContainerStates.STARTING -> ContainerState.STARTING;
            case ContainerStates.RUNNING -> ContainerState.RUNNING;
            case ContainerStates.STOPPING -> ContainerState.STOPPING;
            case ContainerStates.FROZEN -> ContainerState.FROZEN;
            case ContainerStates.MIGRATING -> ContainerState.MIGRATING;
            default -> ContainerState.UNKNOWN;
        };
    }

    /** The model keeps 0 (or an empty cpuset) for "no limit" / "default weight". */
    public static Limits limits(dev.corral.protocol.Limits l) {
        Limits limits = CorralFactory.eINSTANCE.createLimits();
        if (l != null) {
            limits.setMemoryBytes(orZero(l.memoryBytes()));
            limits.setSwapBytes(orZero(l.swapBytes()));
            limits.setCpus(l.cpus() == null ? 0 : l.cpus());
            limits.setCpuWeight(l.cpuWeight() == null ? 0 : l.cpuWeight());
            limits.setCpuset(l.cpuset() == null ? "" : l.cpuset());
            limits.setPids(orZero(l.pids()));
            limits.setIoWeight(l.ioWeight() == null ? 0 : l.ioWeight());
        }
        return limits;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static boolean sameLimits(Limits a, Limits b) {
        return a.getMemoryBytes() == b.getMemoryBytes() && a.getSwapBytes() == b.getSwapBytes()
                && a.getCpus() == b.getCpus() && a.getCpuWeight() == b.getCpuWeight()
                && Objects.equals(a.getCpuset(), b.getCpuset()) && a.getPids() == b.getPids()
                && a.getIoWeight() == b.getIoWeight();
    }

    private static void set(String current, String value, java.util.function.Consumer<String> setter) {
        if (!Objects.equals(current, value)) {
            setter.accept(value);
        }
    }
}
