package dev.corral.agent.internal.containers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.corral.agent.RpcException;
import dev.corral.protocol.Methods;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Containers a long operation (a migration) holds for longer than one call: leaving this host
 * (the source) or arriving (the destination, from its upload until commit or discard). Meanwhile
 * every call that would change the container is refused with CONFLICT naming the holder; reads
 * (status, list, checkpoint.list) go on. The methods are checked in one place, before dispatch
 * ({@link #check}), and the exec channel's {@code enter} likewise.
 */
public final class Claims {

    /** Calls that change a container or its checkpoints, or run something inside it. */
    public static final Set<String> CHANGING = Set.of(Methods.CONTAINER_START, Methods.CONTAINER_STOP,
            Methods.CONTAINER_RESTART, Methods.CONTAINER_DESTROY, Methods.CONTAINER_SET, Methods.CONTAINER_EXEC,
            Methods.CONTAINER_CHECKPOINT, Methods.CONTAINER_RESTORE, Methods.CHECKPOINT_DELETE,
            Methods.CONTAINER_MIGRATE);

    private final Map<String, String> holders = new ConcurrentHashMap<>();

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
