package dev.corral.runtime.internal.netlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One rtnetlink request: the netlink header, the family's fixed header (written by the caller
 * through {@link #u8}, {@link #u16}, {@link #u32}) and attributes, nested ones included. Lengths
 * are filled in by {@link #bytes} and {@link #end}; everything is in host byte order except
 * addresses, which are network order as the kernel wants them.
 */
final class Message {

    static final int HEADER = 16;

    private final ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
    private final Deque<Integer> open = new ArrayDeque<>();

    Message(int type, int flags, int seq) {
        b.putInt(0).putShort((short) type).putShort((short) flags).putInt(seq).putInt(0);
    }

    Message u8(int v) {
        b.put((byte) v);
        return this;
    }

    Message u16(int v) {
        b.putShort((short) v);
        return this;
    }

    Message u32(int v) {
        b.putInt(v);
        return this;
    }

    /** A 32-bit attribute in network order, as nftables wants its numbers. */
    Message attrBe32(int type, int value) {
        return attr(type, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /** An empty ifinfomsg (any family, no flags), for the veth peer's nested header. */
    Message ifinfo(int index, int flags, int change) {
        return u8(0).u8(0).u16(0).u32(index).u32(flags).u32(change);
    }

    Message attr(int type, byte[] value) {
        b.putShort((short) (4 + value.length)).putShort((short) type).put(value);
        pad();
        return this;
    }

    Message attrU32(int type, int value) {
        return attr(type, ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(value).array());
    }

    /** An IPv4 address in network byte order. */
    Message attrIpv4(int type, int addr) {
        return attr(type, ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putInt(addr).array());
    }

    /** A NUL-terminated string, as iproute2 sends interface names. */
    Message attrString(int type, String value) {
        byte[] s = value.getBytes(StandardCharsets.US_ASCII);
        byte[] z = new byte[s.length + 1];
        System.arraycopy(s, 0, z, 0, s.length);
        return attr(type, z);
    }

    /** Opens a nested attribute; its content follows until {@link #end}. */
    Message begin(int type) {
        open.push(b.position());
        b.putShort((short) 0).putShort((short) type);
        return this;
    }

    Message end() {
        int start = open.pop();
        b.putShort(start, (short) (b.position() - start));
        return this;
    }

    byte[] bytes() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed nested attribute");
        }
        b.putInt(0, b.position());
        byte[] out = new byte[b.position()];
        b.get(0, out);
        return out;
    }

    private void pad() {
        while ((b.position() & 3) != 0) {
            b.put((byte) 0);
        }
    }
}
