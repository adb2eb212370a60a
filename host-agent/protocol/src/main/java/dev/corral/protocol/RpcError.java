package dev.corral.protocol;

import com.google.gson.JsonElement;

/**
 * The error member of a response; see {@link ErrorCodes}. Never carries stack traces.
 *
 * @param data optional structured detail, e.g. the runtime's own message
 */
public record RpcError(int code, String message, JsonElement data) {
}
