package dev.corral.core;

/** {@link org.eclipse.core.runtime.IStatus#getCode()} values of statuses from this bundle. */
public final class StatusCodes {

    public static final int GENERIC = 0;
    /** The address cannot be reached, or the SSH transport failed. Retried on reconnect. */
    public static final int UNREACHABLE = 1;
    /** The host offered a key nobody has confirmed, and the operator (or headless default) said no. */
    public static final int HOST_KEY_REJECTED = 2;
    /** The host offered a key different from the pinned one. Never retried, never asked. */
    public static final int HOST_KEY_CHANGED = 3;
    /** The agent did not accept the console's key. */
    public static final int AUTH_FAILED = 4;
    /** The client key file is missing or unreadable. */
    public static final int KEY_FILE = 5;
    /** The peer broke the protocol or speaks no version we accept. */
    public static final int PROTOCOL = 6;
    /** The agent answered with a JSON-RPC error; see {@link dev.corral.core.client.AgentException}. */
    public static final int AGENT_ERROR = 7;
    /** The connection closed while a request was outstanding. Retried on reconnect. */
    public static final int CONNECTION_LOST = 8;
    /** No answer within the deadline. Retried on reconnect. */
    public static final int TIMEOUT = 9;
    /** Reading or writing the console's own files failed. */
    public static final int STORAGE = 10;

    private StatusCodes() {
    }

    /** Whether a failure with this code may go away by itself, so reconnecting makes sense. */
    public static boolean isTransient(int code) {
        return code == UNREACHABLE || code == CONNECTION_LOST || code == TIMEOUT;
    }
}
