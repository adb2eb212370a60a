package dev.corral.core.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import dev.corral.core.internal.Messages;
import dev.corral.protocol.JsonRpc;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

/** Notification listeners per method, each decoding the params into its own record type. */
final class Subscriptions {

    private record Subscription<T>(Class<T> type, Consumer<? super T> consumer) {
        void deliver(JsonElement params) {
            consumer.accept(JsonRpc.gson().fromJson(params, type));
        }
    }

    private final String peer;
    private final Map<String, List<Subscription<?>>> byMethod = new ConcurrentHashMap<>();

    Subscriptions(String peer) {
        this.peer = peer;
    }

    <T> void add(String method, Class<T> type, Consumer<? super T> consumer) {
        byMethod.computeIfAbsent(method, m -> new CopyOnWriteArrayList<>()).add(new Subscription<>(type, consumer));
    }

    void deliver(String method, JsonElement params) {
        for (Subscription<?> s : byMethod.getOrDefault(method, List.of())) {
            try {
                s.deliver(params);
            } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
                log(NLS.bind(Messages.AgentClient_badMessage, peer, method), e);
            } catch (RuntimeException e) {
                // a broken listener must not stop the reader and with it the whole connection
                log(NLS.bind(Messages.AgentClient_listenerFailed, peer, method), e);
            }
        }
    }

    private static void log(String message, Throwable t) {
        ILog.of(Subscriptions.class).warn(message, t);
    }
}
