package dev.corral.agent;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dev.corral.protocol.JsonRpc;

/** Decodes a request's params into a protocol record. */
public final class Params {

    private Params() {
    }

    /**
     * Absent params decode as an empty object (every field at its default).
     *
     * @throws RpcException INVALID_PARAMS when params are not an object or a field has the wrong type
     */
    public static <T> T decode(JsonElement params, Class<T> type) throws RpcException {
        JsonElement json = params == null || params.isJsonNull() ? new JsonObject() : params;
        if (!json.isJsonObject()) {
            throw RpcException.invalidParams("params must be an object");
        }
        try {
            return JsonRpc.gson().fromJson(json, type);
        } catch (JsonParseException | IllegalStateException | NumberFormatException
                | UnsupportedOperationException e) {
            // Gson's message names the offending field and its path, not our internals.
            throw RpcException.invalidParams("invalid params: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
