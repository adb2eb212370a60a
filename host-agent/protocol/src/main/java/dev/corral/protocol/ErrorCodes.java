package dev.corral.protocol;

/** JSON-RPC error codes: the standard ones and Corral's own in the server-error range. */
public final class ErrorCodes {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;

    /** No protocol version both sides speak. */
    public static final int UNSUPPORTED_VERSION = -32000;
    /** A named thing (container, template, task, checkpoint) does not exist. */
    public static final int NOT_FOUND = -32001;
    /** The target is busy or in the wrong state, or the name is taken. */
    public static final int CONFLICT = -32002;
    /** The runtime (runc, CRIU, the kernel) failed; the message carries its own words. */
    public static final int RUNTIME_FAILURE = -32003;
    /** A request other than hello arrived before hello. */
    public static final int HELLO_REQUIRED = -32004;
    /**
     * The session may not call this: it logged in with a temporary migration grant, which allows
     * only what a migration's source agent needs.
     */
    public static final int NOT_PERMITTED = -32005;

    private ErrorCodes() {
    }
}
