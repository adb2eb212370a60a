package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.corral.protocol.AuthorizeParams;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.LazyRestoreParams;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.PostCopyProtocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The agent's SSH forwarding policy on a real agent: post-copy's page port is the one forwarding
 * there is, a remote forwarding on loopback for a session let in by a migration grant; anything
 * else is refused. A lazy restore only ever points CRIU at such a port. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageForwardingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TestAgent agent;
    private RpcClient op;
    private SshClient client;
    private final KeyPair granted = TestKeys.ed25519();

    @BeforeAll
    void start() throws Exception {
        agent = TestAgent.start();
        op = agent.rpc();
        op.hello();
        op.result(Methods.MIGRATION_AUTHORIZE, new AuthorizeParams(PublicKeyEntry.toString(granted.getPublic()), 600));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        // this test's client accepts whatever comes back; what is checked is the agent's side
        client.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        client.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (client != null) {
            client.stop();
        }
        if (op != null) {
            op.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void aGrantSessionForwardsALoopbackPortBackToItself() throws Exception {
        try (ServerSocket target = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ClientSession s = login(granted)) {
            SshdSocketAddress bound = s.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", target.getLocalPort()));
            assertTrue(bound.getPort() > 0, bound.toString());
            // a connection to the agent's port arrives at this side's target, through the session
            try (Socket in = new Socket("127.0.0.1", bound.getPort()); Socket there = target.accept()) {
                OutputStream o = in.getOutputStream();
                o.write("page?\n".getBytes(StandardCharsets.US_ASCII));
                o.flush();
                InputStream i = there.getInputStream();
                assertEquals("page?\n", new String(i.readNBytes(6), StandardCharsets.US_ASCII));
            }
            // an unknown name is refused before anything is restored
            try (RpcClient g = new RpcClient(agent.port(), granted)) {
                g.hello();
                JsonObject r = g.call(PostCopyProtocol.RESTORE_LAZY, new LazyRestoreParams("nothing", bound.getPort()));
                assertEquals(ErrorCodes.CONFLICT, RpcClient.errorCode(r), r.toString());
            }
        }
    }

    @Test
    void everythingElseIsRefused() throws Exception {
        try (ClientSession s = login(granted)) {
            assertThrows(IOException.class, () -> s.startRemotePortForwarding(new SshdSocketAddress("0.0.0.0", 0),
                    new SshdSocketAddress("127.0.0.1", 9)), "not on every address");
            assertThrows(IOException.class, () -> s.startRemotePortForwarding(new SshdSocketAddress("", 0),
                    new SshdSocketAddress("127.0.0.1", 9)), "not on the wildcard");
            // local forwarding (direct-tcpip) opens a listener on this side, but the agent refuses the channel
            SshdSocketAddress local = s.startLocalPortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", agent.port()));
            try (Socket c = new Socket("127.0.0.1", local.getPort())) {
                assertEquals(-1, c.getInputStream().read(), "the agent closed the direct-tcpip channel");
            }
        }
        try (ClientSession s = login(agent.key())) {
            assertThrows(IOException.class, () -> s.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", 9)), "an operator's session (authorized_keys) forwards nothing");
        }
        try (RpcClient g = new RpcClient(agent.port(), granted)) {
            g.hello();
            JsonObject r = g.call(PostCopyProtocol.RESTORE_LAZY, new LazyRestoreParams("x", agent.port()));
            assertEquals(ErrorCodes.INVALID_PARAMS, RpcClient.errorCode(r), "a port no migration forwards: " + r);
            JsonObject p = g.call(PostCopyProtocol.PAGES, new NameParams("x"));
            assertEquals(ErrorCodes.CONFLICT, RpcClient.errorCode(p), p.toString());
        }
    }

    private ClientSession login(KeyPair key) throws IOException {
        ClientSession s = client.connect("root", "127.0.0.1", agent.port()).verify(TIMEOUT).getSession();
        s.addPublicKeyIdentity(key);
        s.auth().verify(TIMEOUT);
        return s;
    }
}
