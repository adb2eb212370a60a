package dev.corral.runtime.internal;

import dev.corral.runtime.internal.netlink.Nft;

/**
 * Drops every IP packet entering a container's network namespace while its processes are being
 * restored. CRIU does not lock a netns it treats as external (ours), and a packet that reaches a
 * half-restored namespace is answered with a reset that kills the very connection being migrated.
 * An nftables table of its own inside the netns, so removing it touches nothing else; made and
 * removed over netlink ({@link Nft}), as nft would.
 */
public final class NetnsLock {

    static final String TABLE = "corral_lock";

    private NetnsLock() {
    }

    public static void lock(String netns) {
        Nft.dropInput(Net.netnsPath(netns), TABLE);
    }

    /** Idempotent: no table is as good as a deleted one. */
    public static void unlock(String netns) {
        Nft.deleteTable(Net.netnsPath(netns), TABLE);
    }

    public static boolean locked(String netns) {
        return Nft.hasTable(Net.netnsPath(netns), TABLE);
    }
}
