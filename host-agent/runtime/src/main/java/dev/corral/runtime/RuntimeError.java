package dev.corral.runtime;

import dev.corral.protocol.ErrorCodes;

/**
 * The one failure type of the runtime. Every kind maps 1:1 to a protocol error code, so an RPC
 * handler can answer with {@link #errorCode()} and {@link #getMessage()} and nothing else.
 */
public final class RuntimeError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The named container or template does not exist. */
        NOT_FOUND(ErrorCodes.NOT_FOUND),
        /** Name or address taken, wrong state, or in use. */
        CONFLICT(ErrorCodes.CONFLICT),
        /** The request itself is wrong (bad name, address outside the subnet, impossible limit). */
        INVALID(ErrorCodes.INVALID_PARAMS),
        /** runc, the kernel or a tool failed; the message carries its own words. */
        RUNTIME_FAILURE(ErrorCodes.RUNTIME_FAILURE);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private final Kind kind;

    public RuntimeError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RuntimeError(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public int errorCode() {
        return kind.code();
    }

    public static RuntimeError notFound(String message) {
        return new RuntimeError(Kind.NOT_FOUND, message);
    }

    public static RuntimeError conflict(String message) {
        return new RuntimeError(Kind.CONFLICT, message);
    }

    public static RuntimeError invalid(String message) {
        return new RuntimeError(Kind.INVALID, message);
    }

    public static RuntimeError failure(String message) {
        return new RuntimeError(Kind.RUNTIME_FAILURE, message);
    }

    public static RuntimeError failure(String message, Throwable cause) {
        return new RuntimeError(Kind.RUNTIME_FAILURE, message, cause);
    }
}
