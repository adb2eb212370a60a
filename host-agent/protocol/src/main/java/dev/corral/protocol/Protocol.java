package dev.corral.protocol;

/** Constants both ends of the wire agree on. */
public final class Protocol {

    /** The protocol version this build speaks. Bump on any incompatible change. */
    public static final int VERSION = 1;

    /** The oldest version this build still accepts from a peer. */
    public static final int MIN_VERSION = 1;

    /** SSH subsystem that carries JSON-RPC, one JSON object per line. */
    public static final String SUBSYSTEM = "corral@corral.dev";

    /** JSON-RPC version string required in every message. */
    public static final String JSONRPC = "2.0";

    /**
     * Longest accepted line in bytes. Bounded so a peer cannot make the other side buffer
     * without limit; large payloads (checkpoint images) travel on their own channels.
     */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private Protocol() {
    }
}
