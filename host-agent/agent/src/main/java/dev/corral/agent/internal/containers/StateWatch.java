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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's view of every container's state, and the source of {@code event.containerState}.
 * Every operation that can change a container runs under its name's lock and reports the
 * outcome here before releasing it, so events follow the order of the operations. Readers that
 * must not wait (list, the poll that notices containers stopping by themselves) skip a container
 * under an operation and show it as the operation makes it: starting or stopping.
 */
public final class StateWatch {

    private static final Logger LOG = LoggerFactory.getLogger(StateWatch.class);

    private final Subscribers subscribers;
    private final NameLocks locks = new NameLocks();
    private final Map<String, ContainerInfo> known = new ConcurrentHashMap<>();
    /** name -> the transitional state of the operation running on it */
    private final Map<String, String> busy = new ConcurrentHashMap<>();

    StateWatch(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    /** What the runtime adopted at start: known, not news. */
    void seed(List<ContainerInfo> containers) {
        for (ContainerInfo c : containers) {
            known.put(c.name(), c);
        }
    }

    /**
     * Runs an operation on one container, holding its name's lock.
     *
     * @param transitional how readers that do not wait see the container meanwhile (starting,
     *        stopping), or null for its last known state
     */
    <T> T locked(String name, String transitional, NameLocks.Body<T> body) throws RpcException {
        return locks.locked(name, () -> {
            if (transitional != null) {
                busy.put(name, transitional);
            }
            try {
                return body.run();
            } finally {
                busy.remove(name);
            }
        });
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

    /**
     * Re-reads one container changed outside the container handlers; subscribers hear of a new
     * state, or of its end if they knew it. Hold the name's lock.
     */
    void refresh(ContainerRuntime runtime, String name) throws RpcException {
        try {
            observe(Convert.info(runtime.status(name)));
        } catch (RuntimeError e) {
            if (e.kind() != RuntimeError.Kind.NOT_FOUND) {
                throw Errors.of(e);
            }
            if (known.containsKey(name)) {
                destroyed(name);
            }
        }
    }

    /** The transitional state of the operation holding the name, or null. */
    String transitional(String name) {
        return busy.get(name);
    }

    /** The last info of every container, in no particular order. */
    List<ContainerInfo> known() {
        return new ArrayList<>(known.values());
    }

    /**
     * Every container as it is now, by name, without waiting: one under an operation is shown with
     * its last info in the operation's transitional state.
     */
    List<ContainerInfo> current(ContainerRuntime runtime) throws RpcException {
        List<ContainerInfo> out = new ArrayList<>();
        List<ContainerInfo> last = known();
        last.sort(Comparator.comparing(ContainerInfo::name));
        for (ContainerInfo c : last) {
            Optional<Reading> now = ifFree(c.name(), () -> read(runtime, c.name()));
            if (now.isEmpty()) {
                out.add(withState(c, busy.getOrDefault(c.name(), c.state())));
            } else if (now.get().info() != null) {
                out.add(now.get().info());
            }
        }
        return out;
    }

    /** A fresh reading; info null when the container is gone. */
    private record Reading(ContainerInfo info) {
    }

    private Reading read(ContainerRuntime runtime, String name) throws RpcException {
        try {
            ContainerInfo info = Convert.info(runtime.status(name));
            observe(info);
            return new Reading(info);
        } catch (RuntimeError e) {
            if (e.kind() != RuntimeError.Kind.NOT_FOUND) {
                throw Errors.of(e);
            }
            // removed behind the agent's back (state directory edited by hand)
            destroyed(name);
            return new Reading(null);
        }
    }

    static ContainerInfo withState(ContainerInfo c, String state) {
        return new ContainerInfo(c.name(), c.uuid(), c.template(), c.hostname(), c.ipAddress(), c.macAddress(), state,
                c.limits(), c.onboot(), c.sysctls(), c.initPid());
    }

    /** Re-reads the containers nobody is operating on; only worth it while someone listens. */
    void poll(ContainerRuntime runtime) {
        if (subscribers.isEmpty()) {
            return;
        }
        try {
            current(runtime);
        } catch (RpcException | RuntimeException e) {
            LOG.warn("poll of the containers failed: {}", e.toString());
        }
    }
}
