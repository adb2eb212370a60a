package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.HelloParams;
import dev.corral.protocol.Methods;
import dev.corral.protocol.Protocol;
import dev.corral.protocol.SubscribeParams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent over real SSH on loopback: authentication, hello, errors, concurrency. */
class AgentServerTest {

    private static KeyPair key;

    @TempDir
    Path stateDir;
    private AgentServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void keys() {
        key = TestKeys.ed25519();
    }

    @BeforeEach
    void start() throws IOException {
        TestKeys.authorize(stateDir.resolve("authorized_keys"), key);
        server = new AgentServer(AgentConfig.of(stateDir).withListen("127.0.0.1", 0));
        server.handlers()
                .register("test.block", (context, params) -> {
                    try {
                        return release.await(30, TimeUnit.SECONDS) ? "released" : "timed out";
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw RpcException.conflict("interrupted");
                    }
                })
                .register("test.fail", (context, params) -> {
                    throw new RpcException(ErrorCodes.NOT_FOUND, "no container named web", Map.of("name", "web"));
                })
                .register("test.crash", (context, params) -> {
                    throw new IllegalStateException("secret-detail /root/.ssh");
                });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        release.countDown();
        server.close();
    }

    private RpcClient connect() throws IOException {
        return new RpcClient(server.port(), key);
    }

    @Test
    void helloReturnsHostFacts() throws Exception {
        try (RpcClient client = connect()) {
            JsonObject hello = client.hello();
            assertEquals(Protocol.VERSION, hello.get("protocolVersion").getAsInt());
            assertFalse(hello.get("agentVersion").getAsString().isEmpty());
            JsonObject facts = hello.getAsJsonObject("facts");
            assertFalse(facts.get("hostname").getAsString().isEmpty());
            assertFalse(facts.get("kernel").getAsString().isEmpty());
            assertFalse(facts.get("arch").getAsString().isEmpty());
            assertTrue(facts.get("cpus").getAsInt() > 0);
            assertTrue(facts.get("memoryBytes").getAsLong() > 0);
            assertTrue(facts.get("diskTotalBytes").getAsLong() >= facts.get("diskFreeBytes").getAsLong());
            assertTrue(facts.get("uptimeSeconds").getAsLong() > 0);
            if (onPath("runc")) {
                assertTrue(facts.get("runcVersion").getAsString().matches("\\d+\\.\\d+.*"), facts.toString());
            }
        }
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    @Test
    void unknownKeyIsRefused() {
        assertThrows(IOException.class, () -> new RpcClient(server.port(), TestKeys.ed25519()).close());
    }

    @Test
    void passwordLoginIsRefused() throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        client.start();
        try (ClientSession session = client.connect("root", "127.0.0.1", server.port())
                .verify(RpcClient.TIMEOUT).getSession()) {
            session.addPasswordIdentity("root");
            session.setUserInteraction(null);
            assertThrows(IOException.class, () -> session.auth().verify(RpcClient.TIMEOUT));
        } finally {
            client.stop();
        }
    }

    @Test
    void authorizedKeysAreRereadWhenTheyChange() throws Exception {
        KeyPair later = TestKeys.ed25519();
        assertThrows(IOException.class, () -> new RpcClient(server.port(), later).close());
        TestKeys.authorize(stateDir.resolve("authorized_keys"), key, later);
        try (RpcClient client = new RpcClient(server.port(), later)) {
            client.hello();
        }
    }

    @Test
    void withoutContainersEveryContainerRequestSaysWhy() throws Exception {
        try (RpcClient client = connect()) {
            client.hello();
            for (String method : new String[] {Methods.CONTAINER_LIST, Methods.TEMPLATE_LIST}) {
                JsonObject r = client.call(method, null);
                assertEquals(ErrorCodes.RUNTIME_FAILURE, RpcClient.errorCode(r));
                assertTrue(r.getAsJsonObject("error").get("message").getAsString().contains("without containers"),
                        r::toString);
            }
        }
    }

    @Test
    void requestsBeforeHelloAreRefused() throws Exception {
        try (RpcClient client = connect()) {
            assertEquals(ErrorCodes.HELLO_REQUIRED, RpcClient.errorCode(client.call(Methods.EVENTS_SUBSCRIBE, null)));
            client.hello();
        }
    }

    @Test
    void malformedJsonIsAnsweredAndTheSessionGoesOn() throws Exception {
        try (RpcClient client = connect()) {
            client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
            JsonObject error = client.nextResponse();
            assertEquals(ErrorCodes.PARSE_ERROR, RpcClient.errorCode(error));
            assertTrue(error.get("id").isJsonNull());
            client.sendRaw("[1,2]");
            assertEquals(ErrorCodes.INVALID_REQUEST, RpcClient.errorCode(client.nextResponse()));
            client.hello();
        }
    }

    @Test
    void unknownMethodIsAnsweredWithItsId() throws Exception {
        try (RpcClient client = connect()) {
            client.hello();
            assertEquals(ErrorCodes.METHOD_NOT_FOUND, RpcClient.errorCode(client.call("containers.frobnicate", null)));
            client.hello();
        }
    }

    @Test
    void wrongParameterTypesAreInvalidParams() throws Exception {
        try (RpcClient client = connect()) {
            assertEquals(ErrorCodes.INVALID_PARAMS,
                    RpcClient.errorCode(client.call(Methods.HELLO, Map.of("protocolVersion", "one"))));
            assertEquals(ErrorCodes.INVALID_PARAMS, RpcClient.errorCode(client.call(Methods.HELLO, new int[] {1})));
            client.hello();
            assertEquals(ErrorCodes.INVALID_PARAMS, RpcClient.errorCode(
                    client.call(Methods.EVENTS_SUBSCRIBE, Map.of("metricsIntervalMillis", Map.of()))));
            client.hello();
        }
    }

    @Test
    void oversizedLineIsRefusedAndTheSessionGoesOn() throws Exception {
        try (RpcClient client = connect()) {
            byte[] line = new byte[Protocol.MAX_LINE_BYTES + 10];
            Arrays.fill(line, (byte) 'x');
            line[line.length - 1] = '\n';
            client.sendRaw(line);
            assertEquals(ErrorCodes.INVALID_REQUEST, RpcClient.errorCode(client.nextResponse()));
            client.hello();
        }
    }

    @Test
    void helloWithoutACommonVersionIsUnsupported() throws Exception {
        try (RpcClient client = connect()) {
            JsonObject r = client.call(Methods.HELLO, new HelloParams(Protocol.VERSION + 5, Protocol.VERSION + 2, "future"));
            assertEquals(ErrorCodes.UNSUPPORTED_VERSION, RpcClient.errorCode(r));
            assertEquals(Protocol.VERSION, r.getAsJsonObject("error").getAsJsonObject("data")
                    .get("protocolVersion").getAsInt());
            assertEquals(ErrorCodes.HELLO_REQUIRED, RpcClient.errorCode(client.call(Methods.EVENTS_UNSUBSCRIBE, null)));
        }
    }

    @Test
    void twoClientsAreServedAtOnce() throws Exception {
        try (RpcClient a = connect(); RpcClient b = connect()) {
            long idA = a.send(Methods.HELLO, new HelloParams(1, 1, "a"));
            long idB = b.send(Methods.HELLO, new HelloParams(1, 1, "b"));
            assertTrue(b.response(idB).has("result"));
            assertTrue(a.response(idA).has("result"));
            a.result(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(250));
            b.hello();
            a.awaitEvent(Methods.EVENT_HOST_METRICS);
        }
    }

    @Test
    void aSlowRequestDoesNotBlockTheNextOne() throws Exception {
        try (RpcClient client = connect()) {
            client.hello();
            long slow = client.send("test.block", null);
            long quick = client.send(Methods.HELLO, new HelloParams(1, 1, "quick"));
            assertEquals(quick, client.nextResponse().get("id").getAsLong());
            release.countDown();
            JsonObject r = client.response(slow);
            assertEquals("released", r.get("result").getAsString());
        }
    }

    @Test
    void handlerFailuresAreTypedErrorsWithoutInternals() throws Exception {
        try (RpcClient client = connect()) {
            client.hello();
            JsonObject typed = client.call("test.fail", null).getAsJsonObject("error");
            assertEquals(ErrorCodes.NOT_FOUND, typed.get("code").getAsInt());
            assertEquals("no container named web", typed.get("message").getAsString());
            assertEquals("web", typed.getAsJsonObject("data").get("name").getAsString());
            JsonObject crash = client.call("test.crash", null);
            assertEquals(ErrorCodes.INTERNAL_ERROR, RpcClient.errorCode(crash));
            assertFalse(crash.toString().contains("secret-detail"), crash.toString());
            assertFalse(crash.toString().contains("Exception"), crash.toString());
            client.hello();
        }
    }

    @Test
    void notificationsFromTheClientGetNoAnswer() throws Exception {
        try (RpcClient client = connect()) {
            client.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"params\":{\"protocolVersion\":1}}");
            client.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"no.such.method\"}");
            long id = client.send(Methods.HELLO, new HelloParams(1, 1, "t"));
            assertEquals(id, client.nextResponse().get("id").getAsLong());
        }
    }

    @Test
    void metricsArriveAfterSubscribeAndStopAfterUnsubscribe() throws Exception {
        try (RpcClient client = connect()) {
            client.hello();
            JsonObject sub = client.result(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(250)).getAsJsonObject();
            assertEquals(250, sub.get("metricsIntervalMillis").getAsLong());
            for (int i = 0; i < 2; i++) {
                JsonObject m = client.awaitEvent(Methods.EVENT_HOST_METRICS).getAsJsonObject("params");
                double cpu = m.get("cpuPercent").getAsDouble();
                assertTrue(cpu >= 0 && cpu <= 100, m.toString());
                assertTrue(m.get("memoryTotalBytes").getAsLong() >= m.get("memoryUsedBytes").getAsLong());
                assertTrue(m.get("load1").getAsDouble() >= 0);
                assertTrue(m.get("timestamp").getAsLong() > 0);
            }
            long unsubscribe = client.send(Methods.EVENTS_UNSUBSCRIBE, null);
            // Events queued before the answer may still come; none after it.
            JsonObject m;
            while (!(m = client.next()).has("id")) {
                assertEquals(Methods.EVENT_HOST_METRICS, m.get("method").getAsString());
            }
            assertEquals(unsubscribe, m.get("id").getAsLong());
            long hello = client.send(Methods.HELLO, new HelloParams(1, 1, "after"));
            assertEquals(hello, client.next().get("id").getAsLong());
        }
    }

    @Test
    void subscribeClampsTheInterval() throws Exception {
        try (RpcClient client = connect()) {
            client.hello();
            assertEquals(250, interval(client, 1));
            assertEquals(60_000, interval(client, 1_000_000_000));
            assertEquals(2000, interval(client, 0));
            assertEquals(ErrorCodes.INVALID_PARAMS,
                    RpcClient.errorCode(client.call(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(-5))));
        }
    }

    private static long interval(RpcClient client, long requested) throws Exception {
        return client.result(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(requested)).getAsJsonObject()
                .get("metricsIntervalMillis").getAsLong();
    }

    @Test
    void hostKeySurvivesARestart() throws Exception {
        String fingerprint = server.hostKeyFingerprint();
        java.security.PublicKey first;
        try (RpcClient client = connect()) {
            first = client.serverKey.get();
        }
        server.close();
        server = new AgentServer(AgentConfig.of(stateDir).withListen("127.0.0.1", 0)).start();
        assertEquals(fingerprint, server.hostKeyFingerprint());
        try (RpcClient client = connect()) {
            assertEquals(first, client.serverKey.get());
        }
        String pub = Files.readString(stateDir.resolve("ssh_host_ed25519_key.pub"), StandardCharsets.US_ASCII);
        assertTrue(pub.startsWith("ssh-ed25519 AAAA"), pub);
        assertEquals(server.hostPublicKey() + "\n", pub);
    }

    @Test
    void portFileHoldsTheBoundPort() throws Exception {
        assertTrue(server.port() > 0);
        assertEquals(server.port() + "\n", Files.readString(stateDir.resolve(AgentConfig.PORT_FILE)));
    }
}
