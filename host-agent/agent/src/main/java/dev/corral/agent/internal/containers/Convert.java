package dev.corral.agent.internal.containers;

import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerStates;
import dev.corral.protocol.TemplateInfo;
import dev.corral.runtime.ContainerState;
import java.util.TreeMap;

/** Runtime records to the protocol's. */
final class Convert {

    private Convert() {
    }

    static ContainerInfo info(dev.corral.runtime.ContainerInfo c) {
        return new ContainerInfo(c.name(), c.uuid(), c.template(), c.hostname(), c.ipv4(), c.mac(), state(c.state()),
                LimitsMapping.toProtocol(c.limits()), c.onboot(), new TreeMap<>(c.sysctls()), (int) c.initPid());
    }

    static String state(ContainerState s) {
        return switch (s) {
            case RUNNING -> ContainerStates.RUNNING;
            case STOPPED -> ContainerStates.STOPPED;
            case STARTING -> ContainerStates.STARTING;
            case STOPPING -> ContainerStates.STOPPING;
        };
    }

    static TemplateInfo template(dev.corral.runtime.TemplateInfo t, int usedBy) {
        return new TemplateInfo(t.name(), t.kind(), t.sizeBytes(), t.created().toEpochMilli(), usedBy);
    }
}
