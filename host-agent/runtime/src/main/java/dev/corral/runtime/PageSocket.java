package dev.corral.runtime;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.corral.runtime.internal.netlink.Libc;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A stop-and-copy migration's memory between CRIU and the agent: a connected pair of local
 * stream sockets, one end handed to CRIU as its page-server connection ({@code --ps-socket}), the
 * other read and written here ({@link #input()}, {@link #output()}) by the agent's relay.
 *
 * <p>Why not CRIU on a loopback TCP port: a local socket pair moves a gigabyte in about half the
 * time of a loopback TCP connection here (both are on the frozen path, once on each host), and no
 * other local process can connect to it.
 *
 * <p>Thread-safe in the way a socket is: one reader and one writer at a time; {@link #close}
 * from any thread wakes both. The descriptor is released only when no call uses it any more, so
 * a late read can never land on a descriptor number the process has reused.
 */
public final class PageSocket implements AutoCloseable {

    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int SHUT_WR = 1;
    private static final int SHUT_RDWR = 2;
    private static final int EINTR = 4;
    /** A write after the other end went is an error here, not a signal to the whole agent. */
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int BUFFER = 1 << 18;
    private static final int SOL_SOCKET = 1;
    private static final int SO_SNDBUF = 7;
    private static final int SO_SNDBUFFORCE = 32;
    /**
     * Each end's send buffer. With the default (~208 KiB) CRIU and the relay took turns every
     * few hundred KiB: measured here, a GiB through both relays took 1.25 s, 1.03 s with 4 MiB.
     */
    private static final int SEND_BUFFER = 4 << 20;

    interface Lib extends Library {
        Lib C = Native.load("c", Lib.class);

        int socketpair(int domain, int type, int protocol, int[] fds);

        long recv(int fd, Pointer buf, long count, int flags);

        long send(int fd, Pointer buf, long count, int flags);

        int shutdown(int fd, int how);

        int setsockopt(int fd, int level, int name, int[] value, int len);

        int close(int fd);
    }

    private final int fd;
    private int criuFd;
    private int users;
    private boolean closed;

    private PageSocket(int fd, int criuFd) {
        this.fd = fd;
        this.criuFd = criuFd;
    }

    public static PageSocket open() {
        int[] fds = new int[2];
        // close-on-exec on both: no other child of the agent may inherit either end
        if (Lib.C.socketpair(AF_UNIX, SOCK_STREAM | Libc.SOCK_CLOEXEC, 0, fds) != 0) {
            throw RuntimeError.failure("cannot make a socket pair for CRIU's pages: " + Libc.describe(Native.getLastError()));
        }
        for (int fd : fds) {
            // FORCE passes net.core.wmem_max (root, as the agent runs); else as large as allowed
            if (Lib.C.setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, new int[] {SEND_BUFFER}, 4) != 0) {
                Lib.C.setsockopt(fd, SOL_SOCKET, SO_SNDBUF, new int[] {SEND_BUFFER}, 4);
            }
        }
        return new PageSocket(fds[0], fds[1]);
    }

    /** CRIU's end, for {@link dev.corral.runtime.internal.SocketChild#start}. */
    synchronized int criuEnd() {
        if (criuFd < 0) {
            throw RuntimeError.conflict("this page socket's other end was already given to a CRIU");
        }
        return criuFd;
    }

    /** Once CRIU has its own copy: from now on CRIU's exit ends the connection. */
    synchronized void releaseCriuEnd() {
        if (criuFd >= 0) {
            Lib.C.close(criuFd);
            criuFd = -1;
        }
    }

    /**
     * The other end for use in this process instead of a CRIU (a page server or dump written in
     * Java, as the relay's tests have); it is then no longer given to CRIU.
     */
    public synchronized PageSocket otherEnd() {
        int other = criuEnd();
        criuFd = -1;
        return new PageSocket(other, -1);
    }

    public InputStream input() {
        return new InputStream() {
            private final Memory buf = new Memory(BUFFER);

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                int n = (int) call(true, buf, Math.min(len, BUFFER));
                if (n == 0) {
                    return -1;
                }
                buf.read(0, b, off, n);
                return n;
            }
        };
    }

    public OutputStream output() {
        return new OutputStream() {
            private final Memory buf = new Memory(BUFFER);

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    int chunk = Math.min(len, BUFFER);
                    buf.write(0, b, off, chunk);
                    for (int at = 0; at < chunk; ) {
                        at += (int) call(false, buf.share(at), chunk - at);
                    }
                    off += chunk;
                    len -= chunk;
                }
            }
        };
    }

    /** Nothing more goes to CRIU; it reads the end. */
    public void shutdownOutput() throws IOException {
        acquire();
        try {
            if (Lib.C.shutdown(fd, SHUT_WR) != 0) {
                throw new IOException("cannot end the page socket's output: " + Libc.describe(Native.getLastError()));
            }
        } finally {
            release();
        }
    }

    /** Ends both directions at once, waking a blocked read or write; the descriptor goes with its last user. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            Lib.C.shutdown(fd, SHUT_RDWR);
        }
        releaseCriuEnd();
        release0();
    }

    private long call(boolean read, Pointer p, int len) throws IOException {
        acquire();
        try {
            while (true) {
                long n = read ? Lib.C.recv(fd, p, len, 0) : Lib.C.send(fd, p, len, MSG_NOSIGNAL);
                if (n >= 0) {
                    return n;
                }
                int errno = Native.getLastError();
                if (errno != EINTR) {
                    throw new IOException("page socket " + (read ? "read" : "write") + ": " + Libc.describe(errno));
                }
            }
        } finally {
            release();
        }
    }

    private synchronized void acquire() throws IOException {
        if (closed) {
            throw new IOException("page socket closed");
        }
        users++;
    }

    private void release() {
        synchronized (this) {
            users--;
        }
        release0();
    }

    private synchronized void release0() {
        if (closed && users == 0) {
            users = -1;
            Lib.C.close(fd);
        }
    }
}
