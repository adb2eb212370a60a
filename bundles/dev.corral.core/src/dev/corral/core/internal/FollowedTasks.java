package dev.corral.core.internal;

import dev.corral.model.Host;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent tasks this console follows right now, so that listing a host's tasks at a (re)connect,
 * or hearing of one from the agent, starts a follower only for those nobody follows yet; and the
 * containers whose task this console is starting (its events may come before the answer that names
 * the task). Hosts are EObjects: identity is the key.
 */
public final class FollowedTasks {

    private record Key(Host host, String id) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.host == host && k.id.equals(id);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(host) * 31 + id.hashCode();
        }
    }

    private final Set<Key> followed = ConcurrentHashMap.newKeySet();
    private final Set<Key> starting = ConcurrentHashMap.newKeySet();

    /** True when nobody followed it yet (the caller follows it now). */
    public boolean claim(Host host, String id) {
        return followed.add(new Key(host, id));
    }

    public boolean isFollowed(Host host, String id) {
        return followed.contains(new Key(host, id));
    }

    public void release(Host host, String id) {
        followed.remove(new Key(host, id));
    }

    /** This console asks the host's agent to start a task on {@code container} now. */
    public void starting(Host host, String container) {
        starting.add(new Key(host, container));
    }

    /** The start was answered (and the task claimed) or refused. */
    public void started(Host host, String container) {
        starting.remove(new Key(host, container));
    }

    public boolean isStarting(Host host, String container) {
        return container != null && starting.contains(new Key(host, container));
    }
}
