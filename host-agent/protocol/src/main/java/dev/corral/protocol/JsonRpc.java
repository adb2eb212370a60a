package dev.corral.protocol;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/** Encodes and decodes JSON-RPC 2.0 messages, one per line. */
public final class JsonRpc {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    /**
     * Writes responses. JSON-RPC requires {@code "id": null} (errors for unreadable requests) and
     * {@code "result": null} (methods without a result); Gson drops null members unless told.
     * Records are still turned into trees by {@link #GSON}, so their absent fields stay absent.
     */
    private static final Gson RESPONSE = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private JsonRpc() {
    }

    public static Gson gson() {
        return GSON;
    }

    /** Parses one line into a request or a response, checking the JSON-RPC envelope. */
    public static Message parse(String line) throws ProtocolException {
        JsonObject obj = parseObject(line);
        JsonElement id = obj.get("id");
        if (!isValidId(id)) {
            throw new ProtocolException(ErrorCodes.INVALID_REQUEST, "id must be a string, a number or null");
        }
        if (!(obj.get("jsonrpc") instanceof JsonPrimitive v) || !Protocol.JSONRPC.equals(v.getAsString())) {
            throw new ProtocolException(ErrorCodes.INVALID_REQUEST, "jsonrpc must be \"2.0\"", id);
        }
        if (obj.has("method")) {
            return request(obj, id);
        }
        if (obj.has("result") || obj.has("error")) {
            return response(obj, id);
        }
        throw new ProtocolException(ErrorCodes.INVALID_REQUEST, "neither a request nor a response", id);
    }

    private static JsonObject parseObject(String line) throws ProtocolException {
        JsonElement element;
        try (JsonReader reader = new JsonReader(new StringReader(line))) {
            reader.setStrictness(Strictness.STRICT);
            element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ProtocolException(ErrorCodes.PARSE_ERROR, "trailing data after the JSON value");
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new ProtocolException(ErrorCodes.PARSE_ERROR, "malformed JSON");
        }
        if (!element.isJsonObject()) {
            throw new ProtocolException(ErrorCodes.INVALID_REQUEST, "a message must be a JSON object");
        }
        return element.getAsJsonObject();
    }

    private static boolean isValidId(JsonElement id) {
        if (id == null || id.isJsonNull()) {
            return true;
        }
        return id.isJsonPrimitive() && !id.getAsJsonPrimitive().isBoolean();
    }

    private static Request request(JsonObject obj, JsonElement id) throws ProtocolException {
        if (!(obj.get("method") instanceof JsonPrimitive m) || !m.isString()) {
            throw new ProtocolException(ErrorCodes.INVALID_REQUEST, "method must be a string", id);
        }
        JsonElement params = obj.get("params");
        if (params != null && !params.isJsonNull() && !params.isJsonObject() && !params.isJsonArray()) {
            throw new ProtocolException(ErrorCodes.INVALID_REQUEST, "params must be an object or an array", id);
        }
        boolean notification = !obj.has("id");
        return new Request(notification ? null : (id == null ? JsonNull.INSTANCE : id), m.getAsString(),
                params == null || params.isJsonNull() ? null : params);
    }

    private static Response response(JsonObject obj, JsonElement id) throws ProtocolException {
        JsonElement error = obj.get("error");
        if (error == null || error.isJsonNull()) {
            return new Response(id, obj.get("result"), null);
        }
        try {
            RpcError e = GSON.fromJson(error, RpcError.class);
            if (e.message() == null) {
                throw new ProtocolException(ErrorCodes.INVALID_REQUEST, "error without a message", id);
            }
            return new Response(id, null, e);
        } catch (JsonParseException | IllegalStateException e) {
            throw new ProtocolException(ErrorCodes.INVALID_REQUEST, "malformed error object", id);
        }
    }

    /**
     * Decodes a request's params; absent params decode as an empty object. Type mismatches
     * become {@link ErrorCodes#INVALID_PARAMS} with the offending request's id.
     */
    public static <T> T params(Request request, Class<T> type) throws ProtocolException {
        JsonElement params = request.params() == null ? new JsonObject() : request.params();
        if (!params.isJsonObject()) {
            throw new ProtocolException(ErrorCodes.INVALID_PARAMS, "params must be an object", request.id());
        }
        try {
            return GSON.fromJson(params, type);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new ProtocolException(ErrorCodes.INVALID_PARAMS,
                    "invalid params for " + request.method() + ": " + rootMessage(e), request.id());
        }
    }

    /** Decodes a successful response's result. */
    public static <T> T result(Response response, Class<T> type) throws ProtocolException {
        try {
            return GSON.fromJson(response.result(), type);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new ProtocolException(ErrorCodes.INVALID_REQUEST, "invalid result: " + rootMessage(e),
                    response.id());
        }
    }

    public static String request(long id, String method, Object params) {
        JsonObject obj = envelope();
        obj.addProperty("id", id);
        obj.addProperty("method", method);
        if (params != null) {
            obj.add("params", GSON.toJsonTree(params));
        }
        return GSON.toJson(obj);
    }

    public static String notification(String method, Object params) {
        JsonObject obj = envelope();
        obj.addProperty("method", method);
        if (params != null) {
            obj.add("params", GSON.toJsonTree(params));
        }
        return GSON.toJson(obj);
    }

    public static String result(JsonElement id, Object result) {
        JsonObject obj = envelope();
        obj.add("id", id == null ? JsonNull.INSTANCE : id);
        obj.add("result", result == null ? JsonNull.INSTANCE : GSON.toJsonTree(result));
        return RESPONSE.toJson(obj);
    }

    public static String error(JsonElement id, int code, String message) {
        return error(id, new RpcError(code, message, null));
    }

    public static String error(JsonElement id, RpcError error) {
        JsonObject obj = envelope();
        obj.add("id", id == null ? JsonNull.INSTANCE : id);
        JsonObject e = new JsonObject();
        e.addProperty("code", error.code());
        e.addProperty("message", error.message());
        if (error.data() != null) {
            e.add("data", error.data());
        }
        obj.add("error", e);
        return RESPONSE.toJson(obj);
    }

    private static JsonObject envelope() {
        JsonObject obj = new JsonObject();
        obj.addProperty("jsonrpc", Protocol.JSONRPC);
        return obj;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
