package dev.corral.runtime.internal.netlink;

import com.sun.jna.Native;
import dev.corral.runtime.RuntimeError;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * An rtnetlink socket of the network namespace it was opened in (a socket stays in its namespace
 * whatever thread uses it later). One request at a time: {@link #ack} sends and waits for the
 * kernel's answer, turning an error into a {@link RuntimeError} that says what was asked, the
 * errno and the kernel's own explanation when it gives one (extended acks). Not thread-safe.
 */
public final class NetlinkSocket implements AutoCloseable {

    private static final int NLMSG_ERROR = 2;
    private static final int NLMSG_DONE = 3;
    private static final int NLM_F_CAPPED = 0x100;
    private static final int NLM_F_ACK_TLVS = 0x200;
    private static final int NLMSGERR_ATTR_MSG = 1;

    /** What {@link #exchange} returns for the tolerated error. */
    private static final ByteBuffer ABSENT = ByteBuffer.allocate(0);

    private final int fd;
    private final byte[] buf = new byte[32 * 1024];
    private int seq;

    private NetlinkSocket(int fd) {
        this.fd = fd;
    }

    /** An rtnetlink socket in the calling thread's network namespace. */
    public static NetlinkSocket open() {
        return open(Libc.NETLINK_ROUTE);
    }

    /** A netlink socket of {@code protocol} (NETLINK_ROUTE, NETLINK_NETFILTER) in the calling thread's namespace. */
    static NetlinkSocket open(int protocol) {
        // CLOEXEC: the agent starts runc and others, which must not inherit it.
        int fd = Libc.C.socket(Libc.AF_NETLINK, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, protocol);
        if (fd < 0) {
            throw RuntimeError.failure("cannot open a netlink socket: " + Libc.describe(Native.getLastError()));
        }
        // Best effort: without extended acks an error just has no explanation.
        Libc.C.setsockopt(fd, Libc.SOL_NETLINK, Libc.NETLINK_EXT_ACK, new int[] {1}, 4);
        return new NetlinkSocket(fd);
    }

    int nextSeq() {
        return ++seq;
    }

    /** Sends a request made with {@code NLM_F_ACK} and waits for its acknowledgement. */
    void ack(Message m, String what) {
        exchange(m, what, -1, 0);
    }

    /**
     * As {@link #ack}, but the kernel answering {@code absent} (ENOENT, ESRCH: a delete of what is
     * not there) is no error: false then.
     */
    boolean ackUnless(Message m, String what, int absent) {
        return exchange(m, what, -1, absent) != ABSENT;
    }

    /**
     * Sends a request and returns the payload (after the netlink header) of the kernel's answer of
     * type {@code replyType}.
     */
    ByteBuffer query(Message m, int replyType, String what) {
        return exchange(m, what, replyType, 0);
    }

    /**
     * Sends {@code messages} in one write (an nfnetlink batch: begin, requests made with
     * {@code NLM_F_ACK}, end) and waits for each acknowledged one's answer. False when one was
     * answered {@code absent} (0: none is tolerated); an error otherwise.
     */
    boolean batch(java.util.List<Message> messages, java.util.Set<Integer> acked, String what, int absent) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Message m : messages) {
            all.writeBytes(m.bytes());
        }
        byte[] req = all.toByteArray();
        if (Libc.C.send(fd, req, req.length, 0) != req.length) {
            throw RuntimeError.failure("cannot " + what + ": netlink send: " + Libc.describe(Native.getLastError()));
        }
        java.util.Set<Integer> waiting = new java.util.HashSet<>(acked);
        boolean found = true;
        while (!waiting.isEmpty()) {
            long n = Libc.C.recv(fd, buf, buf.length, 0);
            if (n < 0) {
                throw RuntimeError.failure("cannot " + what + ": netlink recv: " + Libc.describe(Native.getLastError()));
            }
            ByteBuffer in = ByteBuffer.wrap(buf, 0, (int) n).order(ByteOrder.nativeOrder());
            for (int at = 0; at + Message.HEADER <= n; ) {
                int len = in.getInt(at);
                if (len < Message.HEADER || at + len > n) {
                    throw RuntimeError.failure("cannot " + what + ": malformed netlink answer");
                }
                int msgSeq = in.getInt(at + 8);
                if ((in.getShort(at + 4) & 0xffff) == NLMSG_ERROR && waiting.remove(msgSeq)) {
                    int errno = -in.getInt(at + Message.HEADER);
                    if (errno != 0 && errno == absent) {
                        found = false;
                    } else if (errno != 0) {
                        throw RuntimeError.failure("cannot " + what + ": " + Libc.describe(errno)
                                + explanation(in, at, len, in.getShort(at + 6) & 0xffff));
                    }
                }
                at += (len + 3) & ~3;
            }
        }
        return found;
    }

    private ByteBuffer exchange(Message m, String what, int replyType, int absent) {
        byte[] req = m.bytes();
        int reqSeq = ByteBuffer.wrap(req).order(ByteOrder.nativeOrder()).getInt(8);
        if (Libc.C.send(fd, req, req.length, 0) != req.length) {
            throw RuntimeError.failure("cannot " + what + ": netlink send: " + Libc.describe(Native.getLastError()));
        }
        while (true) {
            long n = Libc.C.recv(fd, buf, buf.length, 0);
            if (n < 0) {
                throw RuntimeError.failure("cannot " + what + ": netlink recv: " + Libc.describe(Native.getLastError()));
            }
            ByteBuffer in = ByteBuffer.wrap(buf, 0, (int) n).order(ByteOrder.nativeOrder());
            int at = 0;
            while (at + Message.HEADER <= n) {
                int len = in.getInt(at);
                int type = in.getShort(at + 4) & 0xffff;
                int flags = in.getShort(at + 6) & 0xffff;
                int msgSeq = in.getInt(at + 8);
                if (len < Message.HEADER || at + len > n) {
                    throw RuntimeError.failure("cannot " + what + ": malformed netlink answer");
                }
                if (msgSeq == reqSeq) {
                    if (type == NLMSG_ERROR) {
                        int errno = -in.getInt(at + Message.HEADER);
                        if (errno != 0 && errno == absent) {
                            return ABSENT;
                        }
                        if (errno != 0) {
                            throw RuntimeError.failure("cannot " + what + ": " + Libc.describe(errno)
                                    + explanation(in, at, len, flags));
                        }
                        if (replyType < 0) {
                            return null;
                        }
                    } else if (type == replyType) {
                        return ByteBuffer.wrap(buf, at + Message.HEADER, len - Message.HEADER).slice()
                                .order(ByteOrder.nativeOrder());
                    } else if (type == NLMSG_DONE) {
                        throw RuntimeError.failure("cannot " + what + ": no answer from the kernel");
                    }
                }
                at += (len + 3) & ~3;
            }
        }
    }

    /** The kernel's text from an extended ack's attributes, if any ("; kernel: ..."). */
    private static String explanation(ByteBuffer in, int at, int len, int flags) {
        if ((flags & NLM_F_ACK_TLVS) == 0) {
            return "";
        }
        int origLen = in.getInt(at + Message.HEADER + 4);
        int p = at + Message.HEADER + 4 + ((flags & NLM_F_CAPPED) != 0 ? Message.HEADER : ((origLen + 3) & ~3));
        while (p + 4 <= at + len) {
            int alen = in.getShort(p) & 0xffff;
            int atype = in.getShort(p + 2) & 0x3fff;
            if (alen < 4 || p + alen > at + len) {
                break;
            }
            if (atype == NLMSGERR_ATTR_MSG) {
                int end = p + 4;
                while (end < p + alen && in.get(end) != 0) {
                    end++;
                }
                return "; kernel: " + new String(in.array(), p + 4, end - p - 4, StandardCharsets.US_ASCII);
            }
            p += (alen + 3) & ~3;
        }
        return "";
    }

    @Override
    public void close() {
        Libc.C.close(fd);
    }
}
