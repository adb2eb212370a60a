package dev.corral.agent.internal.containers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.corral.agent.RpcException;
import dev.corral.protocol.Methods;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Containers a long operation (a migration) holds for longer than one call: leaving this host
 * (the source) or arriving (the destination, from its upload until commit or discard). Meanwhile
 * every call that would change the container is refused with CONFLICT naming the holder; reads
 * (status, list, checkpoint.list) go on. The methods are checked before dispatch ({@link #check}),
 * and the exec channel's {@code enter} likewise; the changing methods check again under the
 * container's name lock ({@link Containers#unclaimed}), where a claim cannot come between the check
 * and the operation. Exec and shell sessions run outside that lock (a long command must not hold
 * up stop or status): they are counted here instead, opened only while no claim is held and
 * claimed ({@link #claimUnused}) only while none is open, each check atomic with its change.
 */
public final class Claims {

    /** Calls that change a container or its checkpoints, or run something inside it. */
    public static final Set<String> CHANGING = Set.of(Methods.CONTAINER_START, Methods.CONTAINER_STOP,
            Methods.CONTAINER_RESTART, Methods.CONTAINER_DESTROY, Methods.CONTAINER_SET, Methods.CONTAINER_EXEC,
            Methods.CONTAINER_CHECKPOINT, Methods.CONTAINER_RESTORE, Methods.CHECKPOINT_DELETE,
            Methods.CONTAINER_MIGRATE, Methods.CONTAINER_RESOLVE_MIGRATION);

    private final Map<String, String> holders = new ConcurrentHashMap<>();
    /** name -> exec and shell sessions open in it */
    private final Map<String, Integer> sessions = new ConcurrentHashMap<>();

    /** An open exec or shell session; closing it more than once counts once. */
    public interface Session extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes {@code name} for {@code why} (e.g. "being migrated away by task t3"); false when held already. */
    public boolean claim(String name, String why) {
        return holders.putIfAbsent(name, why) == null;
    }

    /** Says more about a claim this caller holds (e.g. its task id once known). */
    public void describe(String name, String why) {
        holders.computeIfPresent(name, (n, old) -> why);
    }

    public void release(String name) {
        holders.remove(name);
    }

    /** Releases the claim only if it is still this holder's (a later one may have taken the name since). */
    public void release(String name, String why) {
        holders.remove(name, why);
    }

    /** Why {@code name} is held, or null. */
    public String holder(String name) {
        return name == null ? null : holders.get(name);
    }

    /** CONFLICT when {@code name} is held. */
    public void refuseIfHeld(String name) throws RpcException {
        String why = holder(name);
        if (why != null) {
            throw RpcException.conflict("container " + name + " is " + why + ": only status and list until it ends");
        }
    }

    /**
     * Counts a session in {@code name} until it is closed; CONFLICT naming the holder when a claim
     * is held. Atomic with {@link #claimUnused}: one of the two refuses the other.
     */
    synchronized Session openSession(String name) throws RpcException {
        refuseIfHeld(name);
        sessions.merge(name, 1, Integer::sum);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                sessions.computeIfPresent(name, (n, count) -> count == 1 ? null : count - 1);
            }
        };
    }

    /** How many exec and shell sessions are open in {@code name}. */
    public int sessions(String name) {
        return sessions.getOrDefault(name, 0);
    }

    /**
     * {@link #claim} unless exec or shell sessions are open in {@code name} (CONFLICT: a dump would
     * not take their processes along). Atomic with {@link #openSession}.
     */
    synchronized boolean claimUnused(String name, String why) throws RpcException {
        int open = sessions(name);
        if (open > 0) {
            throw RpcException.conflict("container " + name + " has " + open + " exec or shell session"
                    + (open == 1 ? "" : "s") + " open: end " + (open == 1 ? "it" : "them") + " first");
        }
        return claim(name, why);
    }

    /** Before dispatch: CONFLICT for a {@link #CHANGING} call on a held container. */
    public void check(String method, JsonElement params) throws RpcException {
        if (!CHANGING.contains(method) || holders.isEmpty() || params == null || !params.isJsonObject()) {
            return;
        }
        JsonElement name = ((JsonObject) params).get("name");
        if (name != null && name.isJsonPrimitive()) {
            refuseIfHeld(name.getAsString());
        }
    }
}
