package dev.corral.agent;

import com.google.gson.JsonElement;

/**
 * Serves one JSON-RPC method. Register it with {@link HandlerRegistry#register}. Runs on a pool
 * thread, so it may block; a handler that fails with anything other than {@link RpcException}
 * is answered with a generic internal error and logged in full on the agent only.
 */
@FunctionalInterface
public interface Handler {

    /**
     * @param params the request's params: an object, an array, or null when absent; decode with
     *        {@link Params#decode}
     * @return the result, turned into JSON by the protocol's Gson; null for none
     */
    Object handle(RpcContext context, JsonElement params) throws RpcException;
}
