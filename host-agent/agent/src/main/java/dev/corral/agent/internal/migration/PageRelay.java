package dev.corral.agent.internal.migration;

import dev.corral.runtime.PageSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a stop-and-copy migration's pages from the source's {@code criu dump --page-server}
 * to the destination's {@code criu page-server}, sealed ({@link SealedLink}) on a direct TCP
 * connection between the two agents. CRIU on each side talks to its agent over a
 * {@link PageSocket} (a local socket pair), never over the network.
 *
 * <p>The source's relay dials the destination; the destination's relay listens on the address
 * the source reached it at, takes the first connection whose greeting opens under the migration's
 * key (others are dropped) and relays to its page server. Both directions are carried (CRIU's page
 * server answers some requests); each side's end is passed on as a half-close.
 */
final class PageRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PageRelay.class);
    private static final String GREETING = "corral-pages/1 ";
    private static final int CONNECT_MS = 10_000;
    /** How long a connection may take to prove the key before the destination drops it. */
    private static final int GREETING_MS = 10_000;
    /** Connections that fail to prove the key before the destination stops listening. */
    private static final int MAX_STRANGERS = 16;

    private final String name;
    private final PageSocket plain;
    private final ServerSocket listener;
    private final CountDownLatch ended = new CountDownLatch(2);
    private volatile Socket sealed;
    private volatile String failure;
    private volatile boolean closed;
    /** Set once both directions run, each then counting itself down in {@link #ended}. */
    private volatile boolean pumping;

    private PageRelay(String name, PageSocket plain, ServerSocket listener) {
        this.name = name;
        this.plain = plain;
        this.listener = listener;
    }

    /** Source: relays what CRIU writes into {@code criu} to the destination's relay. */
    static PageRelay toDestination(String name, InetSocketAddress destination, byte[] key, PageSocket criu) {
        SealedLink.warmUp();
        PageRelay r = new PageRelay(name, criu, null);
        start("page relay to " + destination + " for " + name, () -> {
            Socket s = new Socket();
            r.sealed = s;
            s.connect(destination, CONNECT_MS);
            SealedLink.Sealer out = new SealedLink.Sealer(s.getOutputStream(), key, SealedLink.Direction.FROM_SOURCE);
            out.write(GREETING + name);
            r.pump(out, new SealedLink.Opener(s.getInputStream(), key, SealedLink.Direction.TO_SOURCE));
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
            r.pump(new SealedLink.Sealer(r.sealed.getOutputStream(), key, SealedLink.Direction.TO_SOURCE), in);
        }, r);
        return r;
    }

    /** Destination: where it listens for the source. */
    int port() {
        return listener.getLocalPort();
    }

    /** Why the relay failed; null while it works or when it ended well. */
    String failure() {
        return failure;
    }

    /** Waits up to {@code ms} for both directions to end: true when they did. */
    boolean awaitEnd(long ms) throws InterruptedException {
        return ended.await(ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        plain.close();
        closeQuietly(sealed);
    }

    private SealedLink.Opener acceptSource(byte[] key) throws IOException {
        for (int strangers = 0; ; strangers++) {
            if (strangers >= MAX_STRANGERS) {
                throw new IOException(MAX_STRANGERS + " connections failed to prove the migration's key: not listening any more");
            }
            Socket s = listener.accept();
            try {
                s.setSoTimeout(GREETING_MS);
                SealedLink.Opener in = new SealedLink.Opener(s.getInputStream(), key, SealedLink.Direction.FROM_SOURCE);
                if ((GREETING + name).equals(in.nextText())) {
                    s.setSoTimeout(0);
                    listener.close();
                    sealed = s;
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
        sealed.setTcpNoDelay(true);
        Thread down = new Thread(() -> {
            try {
                OutputStream to = plain.output();
                for (int n; (n = in.next()) > 0; ) {
                    to.write(in.buffer(), 0, n);
                }
                plain.shutdownOutput();
            } catch (IOException e) {
                fail(e);
            } finally {
                ended.countDown();
            }
        }, "page relay (in) for " + name);
        down.setDaemon(true);
        down.start();
        try {
            InputStream from = plain.input();
            byte[] buf = new byte[SealedLink.MAX_RECORD];
            for (int n; (n = from.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
            out.end();
        } finally {
            ended.countDown();
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

    private static void closeQuietly(java.io.Closeable c) {
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
