package dev.corral.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives an RpcChannel against a scripted peer over pipes. */
class RpcChannelTest {

    private final BlockingQueue<Request> notifications = new LinkedBlockingQueue<>();
    private PipedOutputStream toClient;
    private LineReader fromClient;
    private RpcChannel channel;

    @BeforeEach
    void connect() throws IOException {
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        toClient = new PipedOutputStream(clientIn);
        PipedInputStream peerIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(peerIn);
        fromClient = new LineReader(peerIn, Protocol.MAX_LINE_BYTES);
        channel = new RpcChannel(clientIn, clientOut, notifications::add, "test").start();
    }

    @AfterEach
    void close() {
        channel.close();
    }

    @Test
    void responsesAreMatchedByIdEvenOutOfOrder() throws Exception {
        CompletableFuture<?> first = channel.call("a", null);
        CompletableFuture<?> second = channel.call("b", null);
        Request a = (Request) JsonRpc.parse(fromClient.readLine());
        Request b = (Request) JsonRpc.parse(fromClient.readLine());
        peer(JsonRpc.result(b.id(), "B"));
        peer(JsonRpc.result(a.id(), "A"));
        assertEquals("\"A\"", first.get(5, TimeUnit.SECONDS).toString());
        assertEquals("\"B\"", second.get(5, TimeUnit.SECONDS).toString());
    }

    @Test
    void errorsBecomeRemoteCallExceptions() throws Exception {
        CompletableFuture<HelloResult> result = CompletableFuture.supplyAsync(() -> {
            try {
                return channel.call(Methods.HELLO, null, HelloResult.class, 5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Request hello = (Request) JsonRpc.parse(fromClient.readLine());
        peer(JsonRpc.error(hello.id(), ErrorCodes.UNSUPPORTED_VERSION, "no common version"));
        Throwable t = assertThrows(Exception.class, result::join).getCause().getCause();
        RemoteCallException remote = (RemoteCallException) t;
        assertEquals(ErrorCodes.UNSUPPORTED_VERSION, remote.code());
        assertEquals("no common version", remote.getMessage());
    }

    @Test
    void notificationsReachTheListener() throws Exception {
        peer(JsonRpc.notification(Methods.EVENT_HOST_METRICS, new HostMetrics(1, 2, 3, 4, 5, 6, 7)));
        Request n = notifications.poll(5, TimeUnit.SECONDS);
        assertEquals(Methods.EVENT_HOST_METRICS, n.method());
    }

    @Test
    void peerClosingFailsPendingCalls() throws Exception {
        CompletableFuture<?> call = channel.call("x", null);
        fromClient.readLine();
        toClient.close();
        Exception e = assertThrows(Exception.class, () -> call.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof IOException);
        channel.closed().get(5, TimeUnit.SECONDS);
    }

    private void peer(String line) throws IOException {
        toClient.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        toClient.flush();
    }
}
