package dev.corral.runtime.internal.netlink;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The few nftables requests a container's network lock needs, over nfnetlink as nft(8) sends
 * them (a batch: begin, the requests, end), so they are the same objects nft lists and deletes.
 * Why not nft: the lock and its removal are on every restore's frozen path, and
 * {@code nsenter ... nft} cost two processes, 10-15 ms, each time.
 */
public final class Nft {

    private static final int NFNL_SUBSYS_NFTABLES = 10;
    private static final int NFNL_MSG_BATCH_BEGIN = 16;
    private static final int NFNL_MSG_BATCH_END = 17;
    private static final int NFT_MSG_NEWTABLE = 0;
    private static final int NFT_MSG_GETTABLE = 1;
    private static final int NFT_MSG_DELTABLE = 2;
    private static final int NFT_MSG_NEWCHAIN = 3;
    private static final int NFPROTO_INET = 1;
    private static final int NFTA_TABLE_NAME = 1;
    private static final int NFTA_CHAIN_TABLE = 1;
    private static final int NFTA_CHAIN_NAME = 3;
    private static final int NFTA_CHAIN_HOOK = 4;
    private static final int NFTA_CHAIN_POLICY = 5;
    private static final int NFTA_CHAIN_TYPE = 7;
    private static final int NFTA_HOOK_HOOKNUM = 1;
    private static final int NFTA_HOOK_PRIORITY = 2;
    private static final int NLA_F_NESTED = 0x8000;
    private static final int NF_INET_LOCAL_IN = 1;
    /** nft's "priority raw". */
    private static final int PRIORITY_RAW = -300;
    private static final int NF_DROP = 0;
    private static final int NLM_F_REQUEST = 1;
    private static final int NLM_F_ACK = 4;
    private static final int NLM_F_CREATE = 0x400;
    private static final int ENOENT = 2;

    private Nft() {
    }

    /**
     * {@code table inet TABLE { chain input { type filter hook input priority raw; policy drop } }}
     * in namespace {@code netns}: every packet entering it is dropped.
     */
    public static void dropInput(Path netns, String table) {
        try (NetlinkSocket s = Netns.socketIn(netns, Libc.NETLINK_NETFILTER)) {
            Message newTable = request(s, NFT_MSG_NEWTABLE, NLM_F_CREATE).attrString(NFTA_TABLE_NAME, table);
            Message newChain = request(s, NFT_MSG_NEWCHAIN, NLM_F_CREATE)
                    .attrString(NFTA_CHAIN_TABLE, table).attrString(NFTA_CHAIN_NAME, "input")
                    .begin(NFTA_CHAIN_HOOK | NLA_F_NESTED)
                    .attrBe32(NFTA_HOOK_HOOKNUM, NF_INET_LOCAL_IN).attrBe32(NFTA_HOOK_PRIORITY, PRIORITY_RAW)
                    .end()
                    .attrBe32(NFTA_CHAIN_POLICY, NF_DROP).attrString(NFTA_CHAIN_TYPE, "filter");
            s.batch(List.of(batch(s, NFNL_MSG_BATCH_BEGIN), newTable, newChain, batch(s, NFNL_MSG_BATCH_END)),
                    Set.of(seq(newTable), seq(newChain)), "lock the network of " + netns + " (nftables table " + table + ")", 0);
        }
    }

    /** {@code delete table inet TABLE} in {@code netns}; false when there was none. */
    public static boolean deleteTable(Path netns, String table) {
        try (NetlinkSocket s = Netns.socketIn(netns, Libc.NETLINK_NETFILTER)) {
            Message del = request(s, NFT_MSG_DELTABLE, 0).attrString(NFTA_TABLE_NAME, table);
            return s.batch(List.of(batch(s, NFNL_MSG_BATCH_BEGIN), del, batch(s, NFNL_MSG_BATCH_END)), Set.of(seq(del)),
                    "unlock the network of " + netns + " (nftables table " + table + ")", ENOENT);
        }
    }

    /** {@code list table inet TABLE} in {@code netns} succeeds. */
    public static boolean hasTable(Path netns, String table) {
        try (NetlinkSocket s = Netns.socketIn(netns, Libc.NETLINK_NETFILTER)) {
            Message get = request(s, NFT_MSG_GETTABLE, 0).attrString(NFTA_TABLE_NAME, table);
            return s.batch(List.of(get), Set.of(seq(get)), "look for nftables table " + table + " in " + netns, ENOENT);
        }
    }

    private static Message request(NetlinkSocket s, int type, int flags) {
        return new Message(NFNL_SUBSYS_NFTABLES << 8 | type, NLM_F_REQUEST | NLM_F_ACK | flags, s.nextSeq())
                .u8(NFPROTO_INET).u8(0).u8(0).u8(0);
    }

    /** A batch's begin or end: nfgenmsg of no family, its resource id the nftables subsystem (network order). */
    private static Message batch(NetlinkSocket s, int type) {
        return new Message(type, NLM_F_REQUEST, s.nextSeq()).u8(0).u8(0).u8(0).u8(NFNL_SUBSYS_NFTABLES);
    }

    private static int seq(Message m) {
        return java.nio.ByteBuffer.wrap(m.bytes()).order(java.nio.ByteOrder.nativeOrder()).getInt(8);
    }
}
