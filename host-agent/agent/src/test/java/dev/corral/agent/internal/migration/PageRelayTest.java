package dev.corral.agent.internal.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.runtime.PageSocket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.MessageDigest;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The page connection of a stop-and-copy migration: what goes in at the source's loopback comes
 * out at the destination's page server, both ways, ends passed on; records that were altered,
 * reordered or sealed under another key do not open; a connection without the key is dropped and
 * the real source still gets through.
 */
class PageRelayTest {

    /** Not the common pool: on 2 CPUs it has one thread, and these tasks block. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "page relay test");
        t.setDaemon(true);
        return t;
    });

    @Test
    void recordsOpenOnlyUnchangedInOrderAndUnderTheirKey() throws Exception {
        byte[] key = SealedLink.newKey();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        SealedLink.Sealer s = new SealedLink.Sealer(wire, key, SealedLink.Direction.FROM_SOURCE);
        byte[] big = new byte[SealedLink.MAX_RECORD + 1000];
        new Random(1).nextBytes(big);
        s.write("hello");
        s.write(big, 0, big.length);
        s.end();
        byte[] sealed = wire.toByteArray();

        SealedLink.Opener o = new SealedLink.Opener(new ByteArrayInputStream(sealed), key, SealedLink.Direction.FROM_SOURCE);
        assertEquals("hello", o.nextText());
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        for (int n; (n = o.next()) > 0; ) {
            got.write(o.buffer(), 0, n);
        }
        assertArrayEquals(big, got.toByteArray(), "a write larger than a record arrives whole, in two records");

        byte[] altered = sealed.clone();
        altered[10] ^= 1;
        assertThrows(IOException.class, () -> new SealedLink.Opener(new ByteArrayInputStream(altered), key,
                SealedLink.Direction.FROM_SOURCE).next(), "an altered record");
        assertThrows(IOException.class, () -> new SealedLink.Opener(new ByteArrayInputStream(sealed), SealedLink.newKey(),
                SealedLink.Direction.FROM_SOURCE).next(), "another key");
        assertThrows(IOException.class, () -> new SealedLink.Opener(new ByteArrayInputStream(sealed), key,
                SealedLink.Direction.TO_SOURCE).next(), "the other direction's nonces: a reflected record");
        // the second record first: its nonce is not the one expected
        int first = 4 + new DataInputStream(new ByteArrayInputStream(sealed)).readInt();
        byte[] reordered = java.util.Arrays.copyOfRange(sealed, first, sealed.length);
        assertThrows(IOException.class, () -> new SealedLink.Opener(new ByteArrayInputStream(reordered), key,
                SealedLink.Direction.FROM_SOURCE).next(), "a record out of order");
    }

    @Test
    void carriesBothWaysAndDropsConnectionsWithoutTheKey() throws Exception {
        byte[] key = SealedLink.newKey();
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (PageSocket toPageServer = PageSocket.open(); PageSocket pageServer = toPageServer.otherEnd();
             PageRelay there = PageRelay.fromSource("web", lo, key, toPageServer)) {
            // a stranger without the key is dropped; the destination keeps listening
            try (Socket stranger = new Socket(lo, there.port())) {
                new SealedLink.Sealer(stranger.getOutputStream(), SealedLink.newKey(), SealedLink.Direction.FROM_SOURCE)
                        .write("corral-pages/1 web");
                assertEquals(-1, stranger.getInputStream().read(), "the destination hangs up on a wrong key");
            }
            try (PageSocket fromCriu = PageSocket.open(); PageSocket criu = fromCriu.otherEnd();
                 PageRelay here = PageRelay.toDestination("web", new InetSocketAddress(lo, there.port()), key, fromCriu, null)) {
                here.awaitLinked(10_000);
                byte[] pages = new byte[8 << 20];
                new Random(2).nextBytes(pages);
                CompletableFuture<byte[]> served = CompletableFuture.supplyAsync(() -> serve(pageServer), THREADS);
                OutputStream out = criu.output();
                out.write(pages);
                criu.shutdownOutput();
                assertArrayEquals(sha(pages), served.get(60, TimeUnit.SECONDS), "the page server got every byte");
                assertEquals("ok", new String(criu.input().readAllBytes(), "UTF-8"), "the answer came back, then the end");
                assertTrue(here.awaitEnd(10_000) && there.awaitEnd(10_000));
                assertEquals(null, here.failure());
                assertEquals(null, there.failure());
            }
        }
    }

    @Test
    void takesTheSshPathWhenThePortCannotBeReached() throws Exception {
        byte[] key = SealedLink.newKey();
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (PageSocket toPageServer = PageSocket.open(); PageSocket pageServer = toPageServer.otherEnd();
             PageRelay there = PageRelay.fromSource("web", lo, key, toPageServer);
             ServerSocket channels = new ServerSocket(0, 1, lo);
             ServerSocket closed = new ServerSocket(0, 1, lo)) {
            int unreachable = closed.getLocalPort();
            closed.close();
            // stands in for the exec channel: its streams reach the destination's relay by attach
            CompletableFuture<String> attached = CompletableFuture.supplyAsync(() -> {
                try (Socket ch = channels.accept()) {
                    there.attach(PageRelay.Link.of(ch), key);
                    return "ended";
                } catch (Exception e) {
                    return e.toString();
                }
            }, THREADS);
            try (PageSocket fromCriu = PageSocket.open(); PageSocket criu = fromCriu.otherEnd();
                 PageRelay here = PageRelay.toDestination("web", new InetSocketAddress(lo, unreachable), key, fromCriu,
                         () -> PageRelay.Link.of(new Socket(lo, channels.getLocalPort())))) {
                here.awaitLinked(10_000);
                byte[] pages = new byte[4 << 20];
                new Random(3).nextBytes(pages);
                CompletableFuture<byte[]> served = CompletableFuture.supplyAsync(() -> serve(pageServer), THREADS);
                criu.output().write(pages);
                criu.shutdownOutput();
                assertArrayEquals(sha(pages), served.get(60, TimeUnit.SECONDS), "the page server got every byte");
                assertEquals("ok", new String(criu.input().readAllBytes(), "UTF-8"), "the answer came back, then the end");
                assertEquals("ended", attached.get(60, TimeUnit.SECONDS));
                assertEquals("through the SSH connection", here.path());
                assertEquals("through the SSH connection", there.path());
                assertEquals(null, here.failure());
                assertEquals(null, there.failure());
                // the port is closed now that the memory came the other way
                assertThrows(IOException.class, () -> new Socket(lo, there.port()).close());
            }
        }
    }

    @Test
    void theSshPathNeedsTheKeyAndAFreeRelay() throws Exception {
        byte[] key = SealedLink.newKey();
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (PageSocket toPageServer = PageSocket.open(); PageSocket pageServer = toPageServer.otherEnd();
             PageRelay there = PageRelay.fromSource("web", lo, key, toPageServer)) {
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            new SealedLink.Sealer(wire, SealedLink.newKey(), SealedLink.Direction.FROM_SOURCE).write("corral-pages/1 web");
            IOException wrongKey = assertThrows(IOException.class, () -> there.attach(new PageRelay.Link(
                    new ByteArrayInputStream(wire.toByteArray()), new ByteArrayOutputStream(), () -> { }), key));
            assertTrue(wrongKey.getMessage().contains("do not open"), wrongKey.getMessage());
            assertEquals(null, there.path(), "nothing taken");

            // the direct connection proves the key first: a later channel is refused
            try (PageSocket fromCriu = PageSocket.open(); PageSocket criu = fromCriu.otherEnd();
                 PageRelay here = PageRelay.toDestination("web", new InetSocketAddress(lo, there.port()), key, fromCriu, null)) {
                criu.output().write(new byte[] {1, 2, 3});
                assertEquals(1, pageServer.input().read(), "the direct path carries");
                ByteArrayOutputStream late = new ByteArrayOutputStream();
                new SealedLink.Sealer(late, key, SealedLink.Direction.FROM_SOURCE).write("corral-pages/1 web");
                IOException taken = assertThrows(IOException.class, () -> there.attach(new PageRelay.Link(
                        new ByteArrayInputStream(late.toByteArray()), new ByteArrayOutputStream(), () -> { }), key));
                assertTrue(taken.getMessage().contains("direct connection already"), taken.getMessage());
                assertTrue(here.path().startsWith("direct"), here.path());
            }
        }
    }

    @Test
    void aClosedRelayEndsCriusConnection() throws Exception {
        // CRIU must not wait forever on a relay that gave up: its reads see the end
        try (PageSocket fromCriu = PageSocket.open(); PageSocket criu = fromCriu.otherEnd()) {
            InetAddress lo = InetAddress.getLoopbackAddress();
            try (ServerSocket nobody = new ServerSocket(0, 1, lo)) {
                int port = nobody.getLocalPort();
                nobody.close();
                PageRelay here = PageRelay.toDestination("web", new InetSocketAddress(lo, port), SealedLink.newKey(), fromCriu, null);
                IOException e = assertThrows(IOException.class, () -> here.awaitLinked(10_000),
                        "the source learns before any freeze that there is no page connection");
                assertTrue(e.getMessage().startsWith("no page connection to the destination: "), e.getMessage());
                assertTrue(here.awaitEnd(10_000), "the relay ends when the destination cannot be reached");
                assertNotNull(here.failure());
                assertEquals(-1, criu.input().read(), "CRIU's side reads the end");
                assertThrows(IOException.class, () -> criu.output().write(new byte[1 << 20]), "and cannot write");
            }
        }
    }

    /** The fake page server: reads to the end, answers "ok", returns the hash of what it read. */
    private static byte[] serve(PageSocket s) {
        try {
            InputStream in = s.input();
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            s.output().write("ok".getBytes("UTF-8"));
            s.shutdownOutput();
            byte[] d = md.digest();
            assertNotNull(d);
            return d;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }
}
