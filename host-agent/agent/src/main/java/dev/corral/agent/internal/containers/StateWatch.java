package dev.corral.agent.internal.containers;

import dev.corral.agent.RpcException;
import dev.corral.agent.internal.handlers.Subscribers;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerStateEvent;
import dev.corral.protocol.ContainerStates;
import dev.corral.protocol.Methods;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's view of every container's state, and the source of {@code event.containerState}.
 * Every operation that can change a container runs under its name's lock and reports the
 * outcome here before releasing it, so events follow the order of the operations. A poll
 * notices containers that stopped by themselves (poweroff inside, OOM).
 */
public final class StateWatch {

    private static final Logger LOG = LoggerFactory.getLogger(StateWatch.class);

    private final Subscribers subscribers;
    private final NameLocks locks = new NameLocks();
    private final Map<String, ContainerInfo> known = new ConcurrentHashMap<>();

    StateWatch(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    /** What the runtime adopted at start: known, not news. */
    void seed(List<ContainerInfo> containers) {
        for (ContainerInfo c : containers) {
            known.put(c.name(), c);
        }
    }

    <T> T locked(String name, NameLocks.Body<T> body) throws RpcException {
        return locks.locked(name, body);
    }

    <T> Optional<T> ifFree(String name, NameLocks.Body<T> body) throws RpcException {
        return locks.ifFree(name, body);
    }

    /** Records what an operation found; tells subscribers when the state differs. Hold the name's lock. */
    void observe(ContainerInfo info) {
        ContainerInfo before = known.put(info.name(), info);
        if (before == null || !before.state().equals(info.state())) {
            announce(info);
        }
    }

    /** Tells subscribers unconditionally: a restart or a change of limits keeps the state but not the info. */
    void changed(ContainerInfo info) {
        known.put(info.name(), info);
        announce(info);
    }

    void destroyed(String name) {
        known.remove(name);
        LOG.debug("container {} destroyed", name);
        subscribers.broadcast(Methods.EVENT_CONTAINER_STATE,
                new ContainerStateEvent(name, ContainerStates.DESTROYED, null));
    }

    private void announce(ContainerInfo info) {
        LOG.debug("container {} is {}", info.name(), info.state());
        subscribers.broadcast(Methods.EVENT_CONTAINER_STATE, new ContainerStateEvent(info.name(), info.state(), info));
    }

    /** The last info of every container, in no particular order. */
    List<ContainerInfo> known() {
        return new ArrayList<>(known.values());
    }

    /** Re-reads containers nobody is operating on; only worth it while someone listens. */
    void poll(ContainerRuntime runtime) {
        if (subscribers.isEmpty()) {
            return;
        }
        for (String name : new ArrayList<>(known.keySet())) {
            try {
                ifFree(name, () -> {
                    try {
                        observe(Convert.info(runtime.status(name)));
                    } catch (RuntimeError e) {
                        if (e.kind() != RuntimeError.Kind.NOT_FOUND) {
                            throw Errors.of(e);
                        }
                        // removed behind the agent's back (state directory edited by hand)
                        destroyed(name);
                    }
                    return null;
                });
            } catch (RpcException e) {
                LOG.debug("poll of container {}: {}", name, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("poll of container {} failed", name, e);
            }
        }
    }
}
