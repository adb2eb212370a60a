package dev.corral.agent;

import dev.corral.protocol.ErrorCodes;

/**
 * A handler's failure as the client sees it: a code from {@link ErrorCodes}, a message fit for an
 * operator, and optional structured data (turned into JSON). Never put a stack trace in either.
 */
public class RpcException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient Object data;

    public RpcException(int code, String message) {
        this(code, message, null);
    }

    public RpcException(int code, String message, Object data) {
        super(message);
        this.code = code;
        this.data = data;
    }

    public int code() {
        return code;
    }

    public Object data() {
        return data;
    }

    public static RpcException invalidParams(String message) {
        return new RpcException(ErrorCodes.INVALID_PARAMS, message);
    }

    public static RpcException notFound(String message) {
        return new RpcException(ErrorCodes.NOT_FOUND, message);
    }

    public static RpcException conflict(String message) {
        return new RpcException(ErrorCodes.CONFLICT, message);
    }

    public static RpcException runtimeFailure(String message) {
        return new RpcException(ErrorCodes.RUNTIME_FAILURE, message);
    }
}
