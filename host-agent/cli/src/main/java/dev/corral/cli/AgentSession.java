package dev.corral.cli;

import dev.corral.protocol.HelloParams;
import dev.corral.protocol.HelloResult;
import dev.corral.protocol.Methods;
import dev.corral.protocol.Protocol;
import dev.corral.protocol.RemoteCallException;
import dev.corral.protocol.RpcChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.security.KeyPair;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;

/**
 * One authenticated JSON-RPC session with an agent, after hello. Public as the small client API
 * that scripts in Java (the benchmarks) share with corralctl.
 */
public final class AgentSession implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** Long enough for a template build or a slow stop; the agent enforces its own limits. */
    private static final long CALL_TIMEOUT_MINUTES = 30;

    private final SshClient client;
    private final ClientSession session;
    private final RpcChannel rpc;
    private final HelloResult hello;
    private volatile java.util.function.Consumer<dev.corral.protocol.Request> notifications = n -> { };

    private AgentSession(SshClient client, ClientSession session, RpcChannel rpc, HelloResult hello) {
        this.client = client;
        this.session = session;
        this.rpc = rpc;
        this.hello = hello;
    }

    public static AgentSession open(Target target) throws CliException {
        if (!Files.isReadable(target.identity())) {
            throw new CliException(ExitCodes.CONNECTION, "cannot read the key " + target.identity()
                    + " (use -i KEYFILE or set identity= in " + Target.DEFAULT_CONFIG + ")");
        }
        PinnedHostKeys verifier = new PinnedHostKeys(target);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(verifier);
        client.start();
        ClientSession session = null;
        try {
            session = client.connect(target.user(), target.host(), target.port())
                    .verify(CONNECT_TIMEOUT).getSession();
            for (KeyPair key : new FileKeyPairProvider(target.identity()).loadKeys(null)) {
                session.addPublicKeyIdentity(key);
            }
            try {
                session.auth().verify(CONNECT_TIMEOUT);
            } catch (IOException e) {
                String why = verifier.refusal();
                throw new CliException(ExitCodes.CONNECTION, why != null ? why
                        : "authentication to " + target.host() + ":" + target.port() + " failed: "
                                + e.getMessage());
            }
            ChannelSubsystem channel = session.createSubsystemChannel(Protocol.SUBSYSTEM);
            channel.open().verify(CONNECT_TIMEOUT);
            AgentSession[] self = new AgentSession[1];
            RpcChannel rpc = new RpcChannel(channel.getInvertedOut(), channel.getInvertedIn(), n -> {
                AgentSession s = self[0];
                if (s != null) {
                    s.notifications.accept(n);
                }
            }, "corralctl").start();
            HelloResult hello = rpc.call(Methods.HELLO,
                    new HelloParams(Protocol.VERSION, Protocol.MIN_VERSION, "corralctl"), HelloResult.class,
                    CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new AgentSession(client, session, rpc, hello);
            return self[0];
        } catch (CliException e) {
            closeQuietly(client, session);
            throw e;
        } catch (RemoteCallException e) {
            closeQuietly(client, session);
            throw new CliException(ExitCodes.CONNECTION, "agent refused the session: " + e.getMessage());
        } catch (IOException | TimeoutException | RuntimeException e) {
            closeQuietly(client, session);
            String why = verifier.refusal();
            throw new CliException(ExitCodes.CONNECTION, why != null ? why
                    : "cannot reach the agent at " + target.host() + ":" + target.port() + ": " + message(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(client, session);
            throw new CliException(ExitCodes.FAILURE, "interrupted");
        }
    }

    /** Receives the agent's notifications (event.task, ...), on the session's reader thread. */
    public void onNotification(java.util.function.Consumer<dev.corral.protocol.Request> listener) {
        notifications = listener;
    }

    public HelloResult hello() {
        return hello;
    }

    /** The SSH session, for channels beside the RPC one (enter's shell). */
    ClientSession ssh() {
        return session;
    }

    /** Calls a method and decodes its result; agent errors become exit codes. */
    public <T> T call(String method, Object params, Class<T> type) throws CliException {
        try {
            return rpc.call(method, params, type, CALL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        } catch (RemoteCallException e) {
            throw new CliException(ExitCodes.of(e.code()), e.getMessage());
        } catch (IOException | TimeoutException e) {
            throw new CliException(ExitCodes.CONNECTION, "lost the agent during " + method + ": " + message(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.FAILURE, "interrupted");
        }
    }

    private static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void closeQuietly(SshClient client, ClientSession session) {
        try {
            if (session != null) {
                session.close(true);
            }
        } finally {
            client.stop();
        }
    }

    @Override
    public void close() {
        rpc.close();
        closeQuietly(client, session);
    }
}
