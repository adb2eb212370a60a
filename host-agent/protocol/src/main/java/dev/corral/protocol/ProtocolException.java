package dev.corral.protocol;

import com.google.gson.JsonElement;

/** A message that breaks the protocol; carries the error code to answer with. */
public class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient JsonElement id;

    public ProtocolException(int code, String message) {
        this(code, message, null);
    }

    public ProtocolException(int code, String message, JsonElement id) {
        super(message);
        this.code = code;
        this.id = id;
    }

    public int code() {
        return code;
    }

    /** The offending request's id when it could be read, else null. */
    public JsonElement id() {
        return id;
    }
}
