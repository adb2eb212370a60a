package dev.corral.runtime.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import dev.corral.runtime.RuntimeError;
import dev.corral.runtime.internal.netlink.NetlinkSocket;
import dev.corral.runtime.internal.netlink.Rtnl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Gratuitous ARP: a broadcast ARP request whose sender and target address are the announced
 * address, so every neighbour that has it cached learns the new MAC at once instead of after its
 * ARP entry ages out (~40 s seen here).
 *
 * <p>Sent from Java on an AF_PACKET socket, not with arping: a routed host announces an address it
 * does not hold itself (the container's, behind a veth), and iputils' arping insists on bind()ing to
 * the sender address first ("Cannot assign requested address"). Writing the frame ourselves needs no
 * extra package and no host-wide {@code ip_nonlocal_bind}.
 */
public final class Garp {

    private static final int AF_PACKET = 17;
    private static final int SOCK_RAW = 3;
    private static final int ETH_P_ARP = 0x0806;
    private static final int ARPHRD_ETHER = 1;

    private Garp() {
    }

    interface LibC extends Library {
        int socket(int domain, int type, int protocol);

        long sendto(int fd, byte[] buf, long len, int flags, byte[] addr, int addrLen);

        int close(int fd);
    }

    private static final class Holder {
        static final LibC C = Native.load("c", LibC.class);
    }

    /** Announces {@code ipv4} on {@code ifname} (of the caller's netns) with the interface's own MAC. */
    public static void announce(String ifname, String ipv4) {
        announce(ifname, null, ipv4);
    }

    /**
     * Announces {@code ipv4} on {@code ifname} as belonging to {@code senderMac} (null: the
     * interface's own MAC, as a router answering for the address does).
     */
    public static void announce(String ifname, String senderMac, String ipv4) {
        // Over netlink: this is the last step of a restore's frozen time, where an ip process cost 5-10 ms.
        Rtnl.Link link;
        try (NetlinkSocket s = NetlinkSocket.open()) {
            link = new Rtnl(s).link(ifname);
        }
        if (link.mac() == null) {
            throw RuntimeError.failure("cannot announce " + ipv4 + " on " + ifname + ": not an Ethernet link");
        }
        int ifindex = link.index();
        byte[] mac = senderMac == null ? link.mac() : mac(senderMac);
        byte[] frame = frame(mac, Ipv4.parse(ipv4));
        byte[] to = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder())
                .putShort((short) AF_PACKET)
                .order(ByteOrder.BIG_ENDIAN).putShort((short) ETH_P_ARP)
                .order(ByteOrder.nativeOrder()).putInt(ifindex).putShort((short) ARPHRD_ETHER)
                .put((byte) 0).put((byte) 6)
                .put(new byte[] {-1, -1, -1, -1, -1, -1, 0, 0})
                .array();
        LibC c = Holder.C;
        // protocol 0: a send-only socket that receives nothing
        int fd = c.socket(AF_PACKET, SOCK_RAW, 0);
        if (fd < 0) {
            throw RuntimeError.failure("cannot announce " + ipv4 + ": AF_PACKET socket: errno " + Native.getLastError());
        }
        try {
            long n = c.sendto(fd, frame, frame.length, 0, to, to.length);
            if (n != frame.length) {
                throw RuntimeError.failure("cannot announce " + ipv4 + " on " + ifname + ": sendto: errno "
                        + Native.getLastError());
            }
        } finally {
            c.close(fd);
        }
    }

    /** Ethernet broadcast + ARP request "who has IP, tell IP" from MAC, padded to the 60-byte minimum. */
    static byte[] frame(byte[] mac, int ip) {
        ByteBuffer b = ByteBuffer.allocate(60).order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {-1, -1, -1, -1, -1, -1}).put(mac).putShort((short) ETH_P_ARP);
        b.putShort((short) ARPHRD_ETHER).putShort((short) 0x0800).put((byte) 6).put((byte) 4).putShort((short) 1);
        b.put(mac).putInt(ip);
        b.put(new byte[6]).putInt(ip);
        return b.array();
    }

    static byte[] mac(String text) {
        String[] parts = text.split(":");
        if (parts.length != 6) {
            throw RuntimeError.invalid("not a MAC address: " + text);
        }
        byte[] out = new byte[6];
        for (int i = 0; i < 6; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }
}
