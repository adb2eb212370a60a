package dev.corral.protocol;

/** Constants both ends of the wire agree on. */
public final class Protocol {

    /** The protocol version this build speaks. Bump on any incompatible change. */
    public static final int VERSION = 1;

    /** The oldest version this build still accepts from a peer. */
    public static final int MIN_VERSION = 1;

    /** SSH subsystem that carries JSON-RPC, one JSON object per line. */
    public static final String SUBSYSTEM = "corral@corral.dev";

    /**
     * SSH {@code exec} command that opens an interactive shell in a container: {@code enter NAME}
     * (see {@link #enterCommand}). The client should send a {@code pty-req} first (the agent runs
     * the shell on a pseudo-terminal either way, 80x24 without one) and {@code window-change} when
     * its terminal is resized. Output is the terminal's (stdout and stderr merged); the channel's
     * exit status is the shell's exit code. Also usable from OpenSSH: {@code ssh -t -p 2222 HOST enter web}.
     */
    public static final String ENTER_COMMAND = "enter";

    /**
     * Exit status of an {@link #ENTER_COMMAND} channel the agent could not connect to a shell (no
     * such container, not running, bad command); the reason is written to the channel's stderr.
     */
    public static final int ENTER_FAILED = 255;

    /**
     * SSH {@code exec} command that streams a checkpoint file to the client:
     * {@code checkpoint-get NAME ID}. stdout carries the file's bytes; at the end the agent writes
     * {@code size=N sha256=HEX} on stderr and exits 0 ({@link #ENTER_FAILED} with the reason on
     * stderr when it cannot).
     */
    public static final String CHECKPOINT_GET_COMMAND = "checkpoint-get";

    /**
     * SSH {@code exec} command that takes a checkpoint file from the client:
     * {@code checkpoint-put SIZE SHA256}; stdin carries exactly SIZE bytes. The agent checks size and
     * digest, imports the file (creating the container, stopped, when this host lacks it), prints
     * the {@link CheckpointInfo} as one JSON line on stdout and exits 0; otherwise nothing is kept
     * and it exits {@link #ENTER_FAILED} with the reason on stderr.
     */
    public static final String CHECKPOINT_PUT_COMMAND = "checkpoint-put";

    /**
     * SSH {@code exec} command of a restart migration, from the source agent:
     * {@code container-put NAME SIZE SHA256}; stdin carries exactly SIZE bytes of a stopped
     * container's files (record and upper layer). The agent checks size and digest, creates the
     * container stopped (marked as an unfinished migration's until {@link Methods#MIGRATION_COMMIT}),
     * prints its {@link ContainerInfo} as one JSON line and exits 0; otherwise nothing is kept and it
     * exits {@link #ENTER_FAILED} with the reason on stderr.
     */
    public static final String CONTAINER_PUT_COMMAND = "container-put";

    /**
     * SSH {@code exec} command of a stop-and-copy migration, from the source agent, when the port
     * {@link Methods#MIGRATION_PAGE_SINK} returned cannot be reached: {@code migration-pages NAME};
     * stdin and stdout then carry the same sealed page records as that port would, both ways. Exits
     * 0 once the page connection has ended well, {@link #ENTER_FAILED} with the reason on stderr
     * otherwise (no page sink for NAME, records that do not open under its key, the port already
     * taken).
     */
    public static final String PAGES_COMMAND = "migration-pages";

    /** JSON-RPC version string required in every message. */
    public static final String JSONRPC = "2.0";

    /**
     * Longest accepted line in bytes. Bounded so a peer cannot make the other side buffer
     * without limit; large payloads (checkpoint images) travel on their own channels.
     */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private Protocol() {
    }

    /** The {@link #ENTER_COMMAND} exec request for a container. */
    public static String enterCommand(String container) {
        return ENTER_COMMAND + " " + container;
    }
}
