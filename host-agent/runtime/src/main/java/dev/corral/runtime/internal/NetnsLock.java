package dev.corral.runtime.internal;

/**
 * Drops every IP packet entering a container's network namespace while its processes are being
 * restored. CRIU does not lock a netns it treats as external (ours), and a packet that reaches a
 * half-restored namespace is answered with a reset that kills the very connection being migrated.
 * An nftables table of its own inside the netns, so removing it touches nothing else.
 */
public final class NetnsLock {

    static final String TABLE = "corral_lock";

    private NetnsLock() {
    }

    public static void lock(String netns) {
        Cmd.check(nft(netns, "table inet " + TABLE + " {\n chain input {\n  type filter hook input priority raw; policy drop\n }\n}\n"));
    }

    /** Idempotent: declaring the table first makes the delete succeed whether or not it existed. */
    public static void unlock(String netns) {
        Cmd.check(nft(netns, "table inet " + TABLE + "\ndelete table inet " + TABLE + "\n"));
    }

    public static boolean locked(String netns) {
        return Cmd.quiet(nft(netns, "list table inet " + TABLE)).ok();
    }

    private static String[] nft(String netns, String script) {
        return new String[] {"nsenter", "--net=" + Net.netnsPath(netns), "nft", script};
    }
}
