package dev.corral.cli;

import dev.corral.protocol.ErrorCodes;

/**
 * corralctl's exit codes, stable for scripts. {@code exec} passes the command's own code
 * through instead.
 */
final class ExitCodes {

    static final int OK = 0;
    /** The agent or the runtime failed. */
    static final int FAILURE = 1;
    /** Bad command line or invalid arguments (also when the agent says so). */
    static final int USAGE = 2;
    /** The named container or template does not exist. */
    static final int NOT_FOUND = 3;
    /** Wrong state, busy, or the name is taken. */
    static final int CONFLICT = 4;
    /** Cannot connect, authenticate, or trust the host key. */
    static final int CONNECTION = 5;

    private ExitCodes() {
    }

    static int of(int rpcCode) {
        return switch (rpcCode) {
            case ErrorCodes.INVALID_PARAMS, ErrorCodes.INVALID_REQUEST, ErrorCodes.METHOD_NOT_FOUND -> USAGE;
            case ErrorCodes.NOT_FOUND -> NOT_FOUND;
            case ErrorCodes.CONFLICT -> CONFLICT;
            case ErrorCodes.UNSUPPORTED_VERSION -> CONNECTION;
            default -> FAILURE;
        };
    }
}
