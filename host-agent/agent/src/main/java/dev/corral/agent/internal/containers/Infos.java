package dev.corral.agent.internal.containers;

import dev.corral.protocol.ContainerInfo;

/** The runtime's container records as the wire's, for the agent's other packages (migration). */
public final class Infos {

    private Infos() {
    }

    public static ContainerInfo of(dev.corral.runtime.ContainerInfo c) {
        return Convert.info(c);
    }
}
