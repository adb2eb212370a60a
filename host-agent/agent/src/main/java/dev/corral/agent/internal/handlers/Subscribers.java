package dev.corral.agent.internal.handlers;

import dev.corral.agent.RpcContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions that called events.subscribe, agent-wide: what happens to a container because of
 * one session is told to all of them.
 */
public final class Subscribers {

    private final Set<RpcContext> sessions = ConcurrentHashMap.newKeySet();

    void add(RpcContext session) {
        sessions.add(session);
    }

    void remove(RpcContext session) {
        sessions.remove(session);
    }

    public boolean contains(RpcContext session) {
        return sessions.contains(session);
    }

    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    /** Queues the notification to every subscriber; never blocks on a slow one. */
    public void broadcast(String method, Object params) {
        for (RpcContext s : sessions) {
            s.notify(method, params);
        }
    }
}
