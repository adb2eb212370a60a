package dev.corral.protocol;

import com.google.gson.JsonElement;

/** A response: exactly one of {@code result} and {@code error} is set. */
public record Response(JsonElement id, JsonElement result, RpcError error) implements Message {

    public boolean isError() {
        return error != null;
    }
}
