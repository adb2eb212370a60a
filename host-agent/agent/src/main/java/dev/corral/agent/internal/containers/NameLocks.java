package dev.corral.agent.internal.containers;

import dev.corral.agent.RpcException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per container name, held around a runtime operation and the state change it reports,
 * so state events leave in the order the operations happened. Entries live only while used:
 * names a client merely asked about do not pile up.
 */
final class NameLocks {

    interface Body<T> {
        T run() throws RpcException;
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private final Map<String, Entry> entries = new HashMap<>();

    <T> T locked(String name, Body<T> body) throws RpcException {
        Entry e = enter(name);
        e.lock.lock();
        try {
            return body.run();
        } finally {
            e.lock.unlock();
            leave(name, e);
        }
    }

    /** Runs the body unless an operation holds the name; for samplers that must never wait. */
    <T> Optional<T> ifFree(String name, Body<T> body) throws RpcException {
        Entry e = enter(name);
        try {
            if (!e.lock.tryLock()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(body.run());
            } finally {
                e.lock.unlock();
            }
        } finally {
            leave(name, e);
        }
    }

    private synchronized Entry enter(String name) {
        Entry e = entries.computeIfAbsent(name, n -> new Entry());
        e.users++;
        return e;
    }

    private synchronized void leave(String name, Entry e) {
        if (--e.users == 0) {
            entries.remove(name);
        }
    }
}
