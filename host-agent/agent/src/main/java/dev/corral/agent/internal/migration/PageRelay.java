package dev.corral.agent.internal.migration;

import dev.corral.runtime.PageSocket;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a stop-and-copy migration's pages from the source's {@code criu dump --page-server}
 * to the destination's {@code criu page-server}, sealed ({@link SealedLink}) between the two
 * agents. CRIU on each side talks to its agent over a {@link PageSocket} (a local socket pair),
 * never over the network.
 *
 * <p>The sealed records go on a direct TCP connection: the destination's relay listens on the
 * address the source reached it at and takes the first connection whose greeting opens under the
 * migration's key (others are dropped). Where that port cannot be reached (a firewall that lets
 * SSH through only), the source carries the same records in an exec channel of the migration's
 * SSH connection instead ({@link #attach}); measured here that is about twice as slow. Both
 * directions are carried (CRIU's page server answers some requests); each side's end is passed
 * on as a half-close.
 */
final class PageRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PageRelay.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String GREETING = "corral-pages/1 ";
    /** How long the source tries the direct connection before it takes the SSH connection. */
    private static final int CONNECT_MS = 5_000;
    /** How long a connection may take to prove the key before the destination drops it. */
    private static final int GREETING_MS = 10_000;
    /** Connections that fail to prove the key before the destination stops listening. */
    private static final int MAX_STRANGERS = 16;

    /** The sealed side: a TCP connection or an SSH channel. */
    record Link(InputStream in, OutputStream out, Closeable close) {
        static Link of(Socket s) throws IOException {
            s.setTcpNoDelay(true);
            return new Link(s.getInputStream(), s.getOutputStream(), s);
        }
    }

    /** Opens the SSH path to the destination's relay, when the direct one fails. */
    @FunctionalInterface
    interface Tunnel {
        Link open() throws IOException;
    }

    private final String name;
    private final PageSocket plain;
    private final ServerSocket listener;
    private final CountDownLatch ended = new CountDownLatch(2);
    /** Source: the link to the destination is up, or could not be made ({@link #failure}). */
    private final CountDownLatch linked = new CountDownLatch(1);
    /** Set by the first path (TCP or SSH) that proves the key; the other is then refused. */
    private final AtomicBoolean claimed = new AtomicBoolean();
    private volatile Closeable sealed;
    private volatile String failure;
    private volatile String path;
    private volatile boolean closed;
    /** Set once both directions run, each then counting itself down in {@link #ended}. */
    private volatile boolean pumping;

    private PageRelay(String name, PageSocket plain, ServerSocket listener) {
        this.name = name;
        this.plain = plain;
        this.listener = listener;
    }

    /**
     * Source: relays what CRIU writes into {@code criu} to the destination's relay, directly when
     * it can, else through {@code tunnel} (null: direct only).
     */
    static PageRelay toDestination(String name, InetSocketAddress destination, byte[] key, PageSocket criu, Tunnel tunnel) {
        SealedLink.warmUp();
        PageRelay r = new PageRelay(name, criu, null);
        start("page relay to " + destination + " for " + name, () -> {
            Link link;
            Socket s = new Socket();
            r.sealed = s;
            try {
                s.connect(destination, CONNECT_MS);
                link = Link.of(s);
                r.path = "direct to " + destination;
            } catch (IOException e) {
                s.close();
                if (tunnel == null || r.closed) {
                    throw e;
                }
                LOG.info("page relay for {}: {} cannot be reached ({}); through the SSH connection instead",
                        name, destination, e.getMessage());
                link = tunnel.open();
                r.sealed = link.close();
                r.path = "through the SSH connection";
                if (r.closed) {
                    link.close().close();
                    return;
                }
            }
            SealedLink.Sealer out = new SealedLink.Sealer(link.out(), key, SealedLink.Direction.FROM_SOURCE);
            out.write(GREETING + name);
            r.linked.countDown();
            r.pump(out, new SealedLink.Opener(link.in(), key, SealedLink.Direction.TO_SOURCE));
        }, r);
        return r;
    }

    /**
     * Destination: listens on {@code bind} (where the source reached this agent) for the source's
     * relay, and relays to the page server on the other end of {@code pageServer}.
     */
    static PageRelay fromSource(String name, InetAddress bind, byte[] key, PageSocket pageServer) throws IOException {
        SealedLink.warmUp();
        PageRelay r = new PageRelay(name, pageServer, new ServerSocket(0, 4, bind));
        start("page relay from the source of " + name, () -> {
            SealedLink.Opener in = r.acceptSource(key);
            if (in != null) {
                r.pump(new SealedLink.Sealer(((Socket) r.sealed).getOutputStream(), key, SealedLink.Direction.TO_SOURCE), in);
            }
        }, r);
        return r;
    }

    /**
     * Destination: the source's records through its SSH connection instead of the port; returns
     * when the relay has ended. Refused when the key does not open the greeting or the port has
     * already been taken by the source.
     */
    void attach(Link link, byte[] key) throws IOException, InterruptedException {
        SealedLink.Opener in = new SealedLink.Opener(link.in(), key, SealedLink.Direction.FROM_SOURCE);
        String greeting;
        try {
            greeting = in.nextText();
        } catch (IOException e) {
            greeting = null;
        }
        if (!(GREETING + name).equals(greeting)) {
            throw new IOException("the page records of " + name + " do not open under the migration's key");
        }
        if (!claimed.compareAndSet(false, true)) {
            throw new IOException("the memory of " + name + " comes by the direct connection already");
        }
        path = "through the SSH connection";
        sealed = link.close();
        closeQuietly(listener);
        try {
            pump(new SealedLink.Sealer(link.out(), key, SealedLink.Direction.TO_SOURCE), in);
        } catch (IOException e) {
            fail(e);
        }
        ended.await();
    }

    /** Destination: where it listens for the source. */
    int port() {
        return listener.getLocalPort();
    }

    /**
     * Source: waits until the link to the destination's relay is up (directly or through the SSH
     * connection), so that a freeze never waits on it; the reason when it could not be made.
     */
    void awaitLinked(long ms) throws IOException, InterruptedException {
        if (!linked.await(ms, TimeUnit.MILLISECONDS)) {
            throw new IOException("no page connection to the destination within " + ms + " ms");
        }
        if (failure != null || closed) {
            throw new IOException("no page connection to the destination: " + (failure == null ? "closed" : failure));
        }
    }

    /** Why the relay failed; null while it works or when it ended well. */
    String failure() {
        return failure;
    }

    /** How the records go, once they do: "direct to ..." or "through the SSH connection"; null before. */
    String path() {
        return path;
    }

    /** Waits up to {@code ms} for both directions to end: true when they did. */
    boolean awaitEnd(long ms) throws InterruptedException {
        return ended.await(ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed = true;
        linked.countDown();
        closeQuietly(listener);
        plain.close();
        closeQuietly(sealed);
    }

    /** The first connection that proves the key; null when the SSH path took the memory instead. */
    private SealedLink.Opener acceptSource(byte[] key) throws IOException {
        for (int strangers = 0; ; strangers++) {
            if (strangers >= MAX_STRANGERS) {
                throw new IOException(MAX_STRANGERS + " connections failed to prove the migration's key: not listening any more");
            }
            Socket s;
            try {
                s = listener.accept();
            } catch (IOException e) {
                if (claimed.get()) {
                    return null;
                }
                throw e;
            }
            try {
                s.setSoTimeout(GREETING_MS);
                SealedLink.Opener in = new SealedLink.Opener(s.getInputStream(), key, SealedLink.Direction.FROM_SOURCE);
                if ((GREETING + name).equals(in.nextText()) && claimed.compareAndSet(false, true)) {
                    s.setSoTimeout(0);
                    s.setTcpNoDelay(true);
                    listener.close();
                    sealed = s;
                    path = "direct from " + s.getRemoteSocketAddress();
                    return in;
                }
                LOG.warn("page relay for {}: dropped a connection from {} with a wrong greeting", name, s.getRemoteSocketAddress());
            } catch (SocketTimeoutException e) {
                LOG.warn("page relay for {}: dropped a connection from {} that did not greet", name, s.getRemoteSocketAddress());
            } catch (IOException e) {
                LOG.warn("page relay for {}: dropped a connection from {}: {}", name, s.getRemoteSocketAddress(), e.getMessage());
            }
            closeQuietly(s);
        }
    }

    /** Both directions, the sealed one into this thread's caller's and another thread. */
    private void pump(SealedLink.Sealer out, SealedLink.Opener in) throws IOException {
        pumping = true;
        Thread down = new Thread(() -> {
            long t0 = System.nanoTime();
            long bytes = 0;
            try {
                OutputStream to = plain.output();
                for (int n; (n = in.next()) > 0; ) {
                    to.write(in.buffer(), 0, n);
                    bytes += n;
                }
                plain.shutdownOutput();
                logEnd("opened", bytes, t0);
            } catch (IOException e) {
                fail(e);
            } finally {
                ended.countDown();
            }
        }, "page relay (in) for " + name);
        down.setDaemon(true);
        down.start();
        long t0 = System.nanoTime();
        long bytes = 0;
        try {
            InputStream from = plain.input();
            byte[] buf = new byte[SealedLink.MAX_RECORD];
            for (int n; (n = from.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                bytes += n;
            }
            out.end();
            logEnd("sealed", bytes, t0);
        } finally {
            ended.countDown();
        }
    }

    /** Where a migration's dump time goes: this relay's share of the CPU (both hosts may share CPUs). */
    private void logEnd(String what, long bytes, long t0) {
        if (bytes >= 1 << 20) {
            long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() / 1_000_000 : -1;
            LOG.info("page relay for {} ({}): {} {} bytes in {} ms, {} ms of CPU", name, path, what, bytes,
                    (System.nanoTime() - t0) / 1_000_000, cpu);
        }
    }

    private void fail(Exception e) {
        if (!closed && failure == null) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("page relay for {} failed: {}", name, failure);
        }
        close();
    }

    @FunctionalInterface
    private interface Body {
        void run() throws IOException;
    }

    private static void start(String what, Body body, PageRelay r) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (IOException | RuntimeException e) {
                r.fail(e);
                r.linked.countDown();
                if (!r.pumping) {
                    // neither direction ever started: both are over
                    r.ended.countDown();
                    r.ended.countDown();
                }
            }
        }, what);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // closing a socket we give up on
        }
    }
}
