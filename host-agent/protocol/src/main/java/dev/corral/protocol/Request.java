package dev.corral.protocol;

import com.google.gson.JsonElement;

/**
 * A request, or a notification when {@code id} is null.
 *
 * @param id string or number as the sender chose it; null for a notification
 * @param params object or array; null when absent
 */
public record Request(JsonElement id, String method, JsonElement params) implements Message {

    public boolean isNotification() {
        return id == null;
    }
}
