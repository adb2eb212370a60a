package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.nio.file.Path;

/**
 * The network lock around a dump: every packet into or out of the container's network namespace
 * is dropped (CRIU's own repair traffic, marked 0xC114, excepted) from before CRIU reads the TCP
 * state until the container thaws or its namespace is gone. Without it the kernel would go on
 * acknowledging data that is no longer in the images, and the sockets of a killed container would
 * send resets to the very peers that are to keep their connections.
 *
 * <p>CRIU could lock by itself, but it unlocks as soon as a --leave-running dump ends, while we
 * keep the container frozen until the checkpoint is on disk; so it runs with --network-lock skip.
 * This also removes the debris a crashed CRIU leaves (its CRIU chain or CRIU-* tables).
 */
public final class DumpLock {

    static final String TABLE = "corral_dump_lock";
    /** libsoccr's SOCCR_MARK. */
    static final String CRIU_MARK = "0xc114";

    private DumpLock() {
    }

    public static void lock(Path netns) {
        Cmd.check(nft(netns, "table inet " + TABLE + " {\n"
                + " chain output { type filter hook output priority raw; policy drop; meta mark " + CRIU_MARK + " accept; }\n"
                + " chain input { type filter hook input priority raw; policy drop; meta mark " + CRIU_MARK + " accept; }\n"
                + "}\n"));
    }

    /** Idempotent. */
    public static void unlock(Path netns) {
        Cmd.Result r = Cmd.quiet(nft(netns, "table inet " + TABLE + "\ndelete table inet " + TABLE + "\n"));
        if (!r.ok()) {
            throw RuntimeError.failure("cannot unlock the network of " + netns + ": " + r.message());
        }
    }

    public static boolean locked(Path netns) {
        return Cmd.quiet(nft(netns, "list table inet " + TABLE)).ok();
    }

    /** CRIU's lock tables (nftables method) and chain (iptables method), if any are left. */
    public static void removeCriuDebris(Path netns) {
        Cmd.Result tables = Cmd.quiet(nft(netns, "list tables"));
        if (tables.ok()) {
            for (String line : tables.stdout().split("\n")) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 3 && f[0].equals("table") && f[2].startsWith("CRIU")) {
                    Cmd.quiet(nft(netns, "delete table " + f[1] + " " + f[2]));
                }
            }
        }
        for (String ipt : new String[] {"iptables", "ip6tables"}) {
            String ns = "--net=" + netns;
            if (Cmd.quiet("nsenter", ns, ipt, "-w", "-n", "-L", "CRIU").ok()) {
                while (Cmd.quiet("nsenter", ns, ipt, "-w", "-D", "INPUT", "-j", "CRIU").ok()) {
                    // a jump may have been inserted more than once
                }
                while (Cmd.quiet("nsenter", ns, ipt, "-w", "-D", "OUTPUT", "-j", "CRIU").ok()) {
                    // idem
                }
                Cmd.quiet("nsenter", ns, ipt, "-w", "-F", "CRIU");
                Cmd.quiet("nsenter", ns, ipt, "-w", "-X", "CRIU");
            }
        }
    }

    /** Whether CRIU left any network lock behind in the namespace (for tests and the precheck). */
    public static boolean criuDebris(Path netns) {
        Cmd.Result tables = Cmd.quiet(nft(netns, "list tables"));
        if (tables.ok() && tables.stdout().contains(" CRIU")) {
            return true;
        }
        return Cmd.quiet("nsenter", "--net=" + netns, "iptables", "-w", "-n", "-L", "CRIU").ok();
    }

    private static String[] nft(Path netns, String script) {
        return new String[] {"nsenter", "--net=" + netns, "nft", script};
    }
}
