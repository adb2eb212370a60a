package dev.corral.protocol;

/**
 * The destination side of a post-copy migration ({@link MigrateParams#postCopy()}): what the
 * source agent calls on the destination agent over its SSH connection, logged in with the
 * temporary migration grant. The memory follows after the restore, through a remote port
 * forwarding ({@code tcpip-forward} on the destination's loopback) of that same connection.
 */
public final class PostCopyProtocol {

    /**
     * SSH {@code exec} command: {@code postcopy-put NAME}; stdin carries a tar stream (GNU tar,
     * numeric owners, xattrs) of the checkpoint without its memory and the upper layer as
     * {@code upper/}, ended by EOF (post-copy, and stop-and-copy, whose memory comes by
     * {@link Methods#MIGRATION_PAGE_SINK}). The agent keeps it under {@code incoming/} for
     * {@link #RESTORE_LAZY} or {@link Methods#MIGRATION_RESTORE_PUSHED}, marks NAME as an unfinished
     * migration's, prints the bytes taken and exits 0; otherwise it keeps nothing and exits
     * {@link Protocol#ENTER_FAILED} with the reason on stderr. Refused when NAME exists here.
     */
    public static final String PUT_COMMAND = "postcopy-put";

    /**
     * {@link LazyRestoreParams} → {@link MigrationRestoreResult}: restores the uploaded checkpoint with its
     * memory paged in from {@code 127.0.0.1:pagePort}, which must be a port this agent forwards
     * for a migration session. Returns once the container runs (network opened, GARP sent).
     */
    public static final String RESTORE_LAZY = "migration.restoreLazy";

    /**
     * {@link NameParams} → null once all of the restored container's memory is in; an error when
     * the transfer failed, in which case the destination has already removed its copy (its
     * memory is incomplete). Call {@link Methods#MIGRATION_COMMIT} after it succeeded.
     */
    public static final String PAGES = "migration.pages";

    private PostCopyProtocol() {
    }
}
