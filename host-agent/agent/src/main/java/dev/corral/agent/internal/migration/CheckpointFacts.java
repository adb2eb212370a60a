package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.HostFacts;
import dev.corral.runtime.CriuInfo;
import dev.corral.runtime.RuntimeError;

/**
 * What this host's CRIU can do, for hello's facts and to refuse a checkpoint up front. `criu
 * check` takes a while and changes only when someone installs CRIU: asked at most once a minute.
 */
final class CheckpointFacts {

    private static final long TTL_MILLIS = 60_000;

    private final Containers containers;
    private final String agentKey;
    private CriuInfo info;
    private String unavailable;
    private long readAt = Long.MIN_VALUE;

    CheckpointFacts(Containers containers, String agentKey) {
        this.containers = containers;
        this.agentKey = agentKey;
    }

    HostFacts decorate(HostFacts facts) {
        CriuInfo c = criu();
        return facts.withCheckpointFacts(problem(), c != null && c.lazyPages(), c != null && c.preDump(), agentKey);
    }

    /** Null when CRIU can checkpoint here, else why not. */
    synchronized String problem() {
        CriuInfo c = criu();
        if (c == null) {
            return unavailable;
        }
        if (c.version() == null) {
            return "CRIU cannot be run on this host";
        }
        if (!c.supported()) {
            return "CRIU " + c.version() + " is too old: 4.2 or later is needed (older ones cannot dump TCP sockets on this kernel)";
        }
        return c.checkProblem() == null ? null : "criu check fails: " + c.checkProblem();
    }

    private synchronized CriuInfo criu() {
        long now = System.currentTimeMillis();
        if (readAt == Long.MIN_VALUE || now - readAt > TTL_MILLIS) {
            try {
                info = containers.runtime().criuInfo();
                unavailable = null;
            } catch (RpcException | RuntimeError e) {
                info = null;
                unavailable = e.getMessage();
            }
            readAt = now;
        }
        return info;
    }
}
