package dev.corral.runtime.internal.netlink;

import com.sun.jna.Native;
import dev.corral.runtime.RuntimeError;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * The rtnetlink requests a container's network needs, each the same message `ip` sends for the
 * command named in its comment (same flags, defaults and attributes), so the result is the same
 * as with the ip commands they replace. Addresses are IPv4 as ints; MACs as 6 bytes.
 */
public final class Rtnl {

    private static final int RTM_NEWLINK = 16;
    private static final int RTM_GETLINK = 18;
    private static final int RTM_NEWADDR = 20;
    private static final int RTM_NEWROUTE = 24;
    private static final int RTM_DELROUTE = 25;
    private static final int RTM_NEWNEIGH = 28;
    private static final int RTM_DELNEIGH = 29;
    private static final int RT_SCOPE_NOWHERE = 255;
    private static final int ENOENT = 2;
    private static final int ESRCH = 3;

    private static final int NLM_F_REQUEST = 1;
    private static final int NLM_F_ACK = 4;
    private static final int NLM_F_REPLACE = 0x100;
    private static final int NLM_F_EXCL = 0x200;
    private static final int NLM_F_CREATE = 0x400;

    private static final int AF_INET = 2;
    private static final int IFF_UP = 1;
    private static final int IFLA_ADDRESS = 1;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_MASTER = 10;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_NET_NS_FD = 28;
    private static final int IFLA_INFO_KIND = 1;
    private static final int IFLA_INFO_DATA = 2;
    private static final int VETH_INFO_PEER = 1;
    private static final int IFA_ADDRESS = 1;
    private static final int IFA_LOCAL = 2;
    private static final int RTA_DST = 1;
    private static final int RTA_OIF = 4;
    private static final int RTA_GATEWAY = 5;
    private static final int RT_TABLE_MAIN = 254;
    private static final int RTPROT_BOOT = 3;
    private static final int RTN_UNICAST = 1;
    private static final int NDA_DST = 1;
    private static final int NUD_PERMANENT = 0x80;
    private static final int NTF_PROXY = 0x08;

    public static final int SCOPE_UNIVERSE = 0;
    public static final int SCOPE_LINK = 253;

    private final NetlinkSocket s;

    public Rtnl(NetlinkSocket s) {
        this.s = s;
    }

    private Message request(int type, int flags) {
        return new Message(type, NLM_F_REQUEST | flags, s.nextSeq());
    }

    /** The index of link {@code name}; FAILURE naming the link when there is none. */
    public int linkIndex(String name) {
        Message m = request(RTM_GETLINK, 0).ifinfo(0, 0, 0).attrString(IFLA_IFNAME, name);
        ByteBuffer reply = s.query(m, RTM_NEWLINK, "find link " + name);
        return reply.getInt(4);
    }

    /** Link {@code name}'s index and hardware address (null when it has none). */
    public record Link(int index, byte[] mac) {
    }

    /** {@link #linkIndex} with the link's MAC: what {@code ip -o link show dev NAME} shows of it. */
    public Link link(String name) {
        Message m = request(RTM_GETLINK, 0).ifinfo(0, 0, 0).attrString(IFLA_IFNAME, name);
        ByteBuffer reply = s.query(m, RTM_NEWLINK, "find link " + name);
        int index = reply.getInt(4);
        // attributes follow the 16-byte ifinfomsg, each 4-aligned
        for (int at = 16; at + 4 <= reply.limit(); ) {
            int len = reply.getShort(at) & 0xffff;
            int type = reply.getShort(at + 2) & 0x3fff;
            if (len < 4 || at + len > reply.limit()) {
                break;
            }
            if (type == IFLA_ADDRESS && len == 4 + 6) {
                byte[] mac = new byte[6];
                reply.get(at + 4, mac);
                return new Link(index, mac);
            }
            at += (len + 3) & ~3;
        }
        return new Link(index, null);
    }

    /**
     * {@code ip link add NAME [address MAC] type veth peer name PEER address PEER_MAC netns NS}:
     * the peer is made directly in namespace {@code peerNetns} (a path such as /run/netns/NAME).
     */
    public void addVeth(String name, byte[] mac, String peer, byte[] peerMac, Path peerNetns) {
        int fd = Libc.C.open(peerNetns.toString(), Libc.O_RDONLY | Libc.O_CLOEXEC, 0);
        if (fd < 0) {
            throw RuntimeError.failure("cannot open network namespace " + peerNetns + ": "
                    + Libc.describe(Native.getLastError()));
        }
        try {
            addVeth(name, mac, peer, peerMac, fd);
        } finally {
            Libc.C.close(fd);
        }
    }

    private void addVeth(String name, byte[] mac, String peer, byte[] peerMac, int peerNetnsFd) {
        Message m = request(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL | NLM_F_ACK).ifinfo(0, 0, 0)
                .attrString(IFLA_IFNAME, name);
        if (mac != null) {
            m.attr(IFLA_ADDRESS, mac);
        }
        m.begin(IFLA_LINKINFO).attr(IFLA_INFO_KIND, new byte[] {'v', 'e', 't', 'h'})
                .begin(IFLA_INFO_DATA).begin(VETH_INFO_PEER).ifinfo(0, 0, 0)
                .attrString(IFLA_IFNAME, peer).attr(IFLA_ADDRESS, peerMac).attrU32(IFLA_NET_NS_FD, peerNetnsFd)
                .end().end().end();
        s.ack(m, "create veth " + name + " (peer " + peer + ")");
    }

    /** {@code ip link set dev NAME up}. */
    public void up(int index, String name) {
        s.ack(request(RTM_NEWLINK, NLM_F_ACK).ifinfo(index, IFF_UP, IFF_UP), "set " + name + " up");
    }

    /** {@code ip link set NAME master BRIDGE up}. */
    public void masterUp(int index, String name, int bridgeIndex, String bridge) {
        Message m = request(RTM_NEWLINK, NLM_F_ACK).ifinfo(index, IFF_UP, IFF_UP).attrU32(IFLA_MASTER, bridgeIndex);
        s.ack(m, "put " + name + " on " + bridge + " and set it up");
    }

    /** {@code ip addr add ADDR/PREFIX dev NAME [scope link]} (no broadcast address, as ip). */
    public void addAddress(int index, String name, int addr, int prefix, int scope) {
        Message m = request(RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL | NLM_F_ACK)
                .u8(AF_INET).u8(prefix).u8(0).u8(scope).u32(index)
                .attrIpv4(IFA_LOCAL, addr).attrIpv4(IFA_ADDRESS, addr);
        s.ack(m, "add address " + text(addr) + "/" + prefix + " to " + name);
    }

    /**
     * {@code ip route add|replace DST/LEN [via GW] [dev NAME]}: main table, protocol boot, scope
     * link without a gateway and universe with one, as ip chooses. {@code oif} 0: no device;
     * {@code gateway} 0: none.
     */
    public void addRoute(int dst, int dstLen, int gateway, int oif, String what, boolean replace) {
        int flags = NLM_F_CREATE | NLM_F_ACK | (replace ? NLM_F_REPLACE : NLM_F_EXCL);
        Message m = request(RTM_NEWROUTE, flags)
                .u8(AF_INET).u8(dstLen).u8(0).u8(0).u8(RT_TABLE_MAIN).u8(RTPROT_BOOT)
                .u8(gateway == 0 ? SCOPE_LINK : SCOPE_UNIVERSE).u8(RTN_UNICAST).u32(0);
        if (dstLen > 0) {
            m.attrIpv4(RTA_DST, dst);
        }
        if (gateway != 0) {
            m.attrIpv4(RTA_GATEWAY, gateway);
        }
        if (oif != 0) {
            m.attrU32(RTA_OIF, oif);
        }
        s.ack(m, (replace ? "replace" : "add") + " route " + what);
    }

    /**
     * {@code ip route del DST/LEN dev NAME} (main table, any scope, as ip asks); false when there
     * was no such route.
     */
    public boolean delRoute(int dst, int dstLen, int oif, String what) {
        Message m = request(RTM_DELROUTE, NLM_F_ACK)
                .u8(AF_INET).u8(dstLen).u8(0).u8(0).u8(RT_TABLE_MAIN).u8(0)
                .u8(RT_SCOPE_NOWHERE).u8(0).u32(0)
                .attrIpv4(RTA_DST, dst).attrU32(RTA_OIF, oif);
        return s.ackUnless(m, "delete route " + what, ESRCH);
    }

    /** {@code ip neigh del proxy ADDR dev NAME}; false when there was no such entry. */
    public boolean delProxy(int addr, int index, String name) {
        Message m = request(RTM_DELNEIGH, NLM_F_ACK)
                .u8(AF_INET).u8(0).u16(0).u32(index).u16(0).u8(NTF_PROXY).u8(0)
                .attrIpv4(NDA_DST, addr);
        return s.ackUnless(m, "delete proxy ARP entry " + text(addr) + " on " + name, ENOENT);
    }

    /** {@code ip neigh replace proxy ADDR dev NAME}. */
    public void replaceProxy(int addr, int index, String name) {
        Message m = request(RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE | NLM_F_ACK)
                .u8(AF_INET).u8(0).u16(0).u32(index).u16(NUD_PERMANENT).u8(NTF_PROXY).u8(0)
                .attrIpv4(NDA_DST, addr);
        s.ack(m, "add proxy ARP entry " + text(addr) + " on " + name);
    }

    private static String text(int a) {
        return (a >>> 24) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255);
    }
}
