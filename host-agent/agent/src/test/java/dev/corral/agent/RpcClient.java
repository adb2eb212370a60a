package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.protocol.HelloParams;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.LineReader;
import dev.corral.protocol.Methods;
import dev.corral.protocol.Protocol;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.session.ClientSession;

/** A test client: SSH with sshd-core's client, JSON-RPC lines on the corral subsystem. */
final class RpcClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final SshClient client;
    private final ClientSession session;
    private final ChannelSubsystem channel;
    private final OutputStream toAgent;
    private final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    private final Deque<JsonObject> events = new ArrayDeque<>();
    /** Responses that arrived while a test waited for an event. */
    private final Deque<JsonObject> responses = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    final AtomicReference<PublicKey> serverKey = new AtomicReference<>();

    RpcClient(int port, KeyPair identity) throws IOException {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, address, key) -> {
            serverKey.set(key);
            return true;
        });
        client.start();
        try {
            session = client.connect("root", "127.0.0.1", port).verify(TIMEOUT).getSession();
            session.addPublicKeyIdentity(identity);
            session.auth().verify(TIMEOUT);
            channel = session.createSubsystemChannel(Protocol.SUBSYSTEM);
            channel.open().verify(TIMEOUT);
            toAgent = channel.getInvertedIn();
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw e;
        }
        Thread reader = new Thread(this::read, "test-rpc-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        LineReader lines = new LineReader(channel.getInvertedOut(), Protocol.MAX_LINE_BYTES);
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                inbox.add(JsonParser.parseString(line).getAsJsonObject());
            }
        } catch (IOException e) {
            // channel closed
        }
    }

    void sendRaw(String line) throws IOException {
        toAgent.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        toAgent.flush();
    }

    void sendRaw(byte[] bytes) throws IOException {
        toAgent.write(bytes);
        toAgent.flush();
    }

    /** Sends a request and returns its id. */
    long send(String method, Object params) throws IOException {
        long id = ids.incrementAndGet();
        sendRaw(JsonRpc.request(id, method, params));
        return id;
    }

    /** The next message, whatever it is; fails the test after the deadline. */
    JsonObject next() throws InterruptedException {
        JsonObject m = inbox.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (m == null) {
            fail("no message from the agent within " + TIMEOUT);
        }
        return m;
    }

    /** The next response (notifications are kept for {@link #awaitEvent}). */
    JsonObject nextResponse() throws InterruptedException {
        if (!responses.isEmpty()) {
            return responses.poll();
        }
        while (true) {
            JsonObject m = next();
            if (m.has("id")) {
                return m;
            }
            events.add(m);
        }
    }

    JsonObject response(long id) throws InterruptedException {
        JsonObject m = nextResponse();
        assertEquals(id, m.get("id").getAsLong(), "response id");
        return m;
    }

    JsonObject call(String method, Object params) throws IOException, InterruptedException {
        return response(send(method, params));
    }

    JsonElement result(String method, Object params) throws IOException, InterruptedException {
        JsonObject r = call(method, params);
        if (r.has("error")) {
            fail(method + " failed: " + r.get("error"));
        }
        return r.get("result");
    }

    JsonObject hello() throws IOException, InterruptedException {
        return result(Methods.HELLO, new HelloParams(Protocol.VERSION, Protocol.MIN_VERSION, "test"))
                .getAsJsonObject();
    }

    JsonObject awaitEvent(String method) throws InterruptedException {
        return awaitEvent(method, params -> true);
    }

    /**
     * The next notification of that method whose params match; others are dropped. It must come
     * within {@link #TIMEOUT} even while other events keep arriving.
     */
    JsonObject awaitEvent(String method, java.util.function.Predicate<JsonObject> params)
            throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            JsonObject m = events.poll();
            if (m == null) {
                m = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (m == null) {
                fail("no " + method + " event as expected within " + TIMEOUT);
            }
            if (m.has("id")) {
                responses.add(m);
            } else if (method.equals(m.get("method").getAsString()) && params.test(m.getAsJsonObject("params"))) {
                return m;
            }
        }
    }

    static int errorCode(JsonObject response) {
        if (!response.has("error")) {
            fail("expected an error, got " + response);
        }
        return response.getAsJsonObject("error").get("code").getAsInt();
    }

    @Override
    public void close() throws IOException {
        client.stop();
    }
}
