package dev.corral.agent.internal.migration;

import dev.corral.runtime.PageSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stop-and-copy migrations this destination takes memory for now, by container name: each a
 * page server, the relay in front of it and the migration's key. Shared by the RPC methods
 * ({@link PushTarget}) and the SSH path of the records ({@link #pagesCommand}).
 */
final class PageSinks {

    record Sink(PageSink pages, PageRelay relay, byte[] key) implements AutoCloseable {
        @Override
        public void close() {
            relay.close();
            pages.close();
        }
    }

    private final Map<String, Sink> sinks = new ConcurrentHashMap<>();

    /** False when one is there for {@code name} already. */
    boolean add(String name, Sink sink) {
        return sinks.putIfAbsent(name, sink) == null;
    }

    Sink get(String name) {
        return sinks.get(name);
    }

    /** Removes and closes {@code sink} if it is still the one for {@code name}. */
    boolean close(String name, Sink sink) {
        if (sinks.remove(name, sink)) {
            sink.close();
            return true;
        }
        return false;
    }

    /**
     * The exec command {@link dev.corral.protocol.Protocol#PAGES_COMMAND}: the source's sealed
     * records on the channel's streams instead of the relay's port; exits when the relay ends.
     */
    StreamCommand pagesCommand(String name) {
        return new StreamCommand() {
            @Override
            protected void run() throws Refused, IOException {
                Sink sink = sinks.get(name);
                if (sink == null) {
                    throw new Refused("no stop-and-copy migration of " + name + " takes memory here");
                }
                try {
                    sink.relay().attach(new PageRelay.Link(in, out, () -> { }), sink.key());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
                if (sink.relay().failure() != null) {
                    throw new IOException("page relay: " + sink.relay().failure());
                }
            }
        };
    }
}
