package dev.corral.agent;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Method name to handler. Later features add their methods here; names are unique. */
public final class HandlerRegistry {

    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();

    public HandlerRegistry register(String method, Handler handler) {
        if (handlers.putIfAbsent(method, handler) != null) {
            throw new IllegalStateException("a handler for " + method + " is already registered");
        }
        return this;
    }

    /** @return the handler, or null for an unknown method */
    public Handler get(String method) {
        return handlers.get(method);
    }

    public Set<String> methods() {
        return new TreeSet<>(handlers.keySet());
    }
}
