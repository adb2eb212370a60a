package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.protocol.CheckpointInfo;
import dev.corral.protocol.HelloParams;
import dev.corral.protocol.HelloResult;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.Protocol;
import dev.corral.protocol.RemoteCallException;
import dev.corral.protocol.RpcChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.AgentForwardingFilter;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.apache.sshd.server.forward.TcpForwardingFilter;
import org.apache.sshd.server.forward.X11ForwardingFilter;

/**
 * The source agent's SSH connection to the destination agent: logged in with this agent's own key
 * (which the orchestrator granted there), the destination's host key pinned to the one the
 * orchestrator passed. JSON-RPC on one channel, checkpoint uploads on exec channels.
 */
final class PeerClient implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** How long a write may wait for the destination to take data. */
    private static final Duration WRITE_STALL = Duration.ofSeconds(30);

    private final SshClient client;
    private final ClientSession session;
    private final RpcChannel rpc;

    private PeerClient(SshClient client, ClientSession session, RpcChannel rpc) {
        this.client = client;
        this.session = session;
        this.rpc = rpc;
    }

    static PeerClient connect(MigrateParams.Destination d, KeyPair identity) throws IOException {
        PublicKey pinned;
        try {
            pinned = PublicKeyEntry.parsePublicKeyEntry(d.hostKey().strip()).resolvePublicKey(null, Map.of(), null);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException("the destination's host key is not an OpenSSH public key: " + e.getMessage());
        }
        String[] refusal = new String[1];
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, remote, offered) -> {
            if (KeyUtils.compareKeys(pinned, offered)) {
                return true;
            }
            refusal[0] = "the destination " + remote + " offers host key " + KeyUtils.getFingerPrint(offered)
                    + ", not the pinned " + KeyUtils.getFingerPrint(pinned);
            return false;
        });
        // Post-copy: the destination may connect back only to what this agent forwarded, on loopback.
        client.setForwardingFilter(ForwardingFilter.asForwardingFilter(AgentForwardingFilter.of(false),
                X11ForwardingFilter.of(false), new TcpForwardingFilter() {
                    @Override
                    public boolean canListen(SshdSocketAddress address, Session s) {
                        return false;
                    }

                    @Override
                    public boolean canConnect(Type type, SshdSocketAddress address, Session s) {
                        return type == Type.Forwarded && SshdSocketAddress.isIPv4LoopbackAddress(address.getHostName());
                    }
                }));
        TransferCiphers.prefer(client);
        // Post-copy: CRIU's page requests are small and each waits for its answer; Nagle would
        // hold them back on the forwarded sockets.
        org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(client, true);
        // A write that waits for the destination's window gives up after this, not after the
        // default minutes: a destination that takes nothing for so long while the container is
        // frozen has failed, and the roll-back thaws the container.
        org.apache.sshd.core.CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(client, WRITE_STALL);
        client.start();
        ClientSession session = null;
        try {
            session = client.connect("corral-migration", d.address(), d.port()).verify(CONNECT_TIMEOUT).getSession();
            session.addPublicKeyIdentity(identity);
            session.auth().verify(CONNECT_TIMEOUT);
            ChannelSubsystem channel = session.createSubsystemChannel(Protocol.SUBSYSTEM);
            channel.open().verify(CONNECT_TIMEOUT);
            RpcChannel rpc = new RpcChannel(channel.getInvertedOut(), channel.getInvertedIn(), n -> { },
                    "corral-agent migration").start();
            PeerClient peer = new PeerClient(client, session, rpc);
            peer.call(Methods.HELLO, new HelloParams(Protocol.VERSION, Protocol.MIN_VERSION, "corral-agent migration"),
                    HelloResult.class, CONNECT_TIMEOUT);
            return peer;
        } catch (IOException | RuntimeException | RpcException e) {
            if (session != null) {
                session.close(true);
            }
            client.stop();
            throw new IOException(refusal[0] != null ? refusal[0]
                    : "cannot reach the destination agent at " + d.address() + ":" + d.port() + ": " + Failures.message(e));
        }
    }

    <T> T call(String method, Object params, Class<T> type, Duration timeout) throws RpcException, IOException {
        try {
            return rpc.call(method, params, type, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RemoteCallException e) {
            throw new RpcException(e.code(), "destination: " + e.getMessage());
        } catch (TimeoutException e) {
            throw new IOException("the destination did not answer " + method + " within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /**
     * Streams a checkpoint file to the destination ({@code checkpoint-put … migration}).
     *
     * @param sent    told the bytes sent so far
     * @param stop    polled between chunks: true gives up (the channel closes, the destination
     *                drops the upload)
     */
    CheckpointInfo put(String name, Path file, String sha256, LongConsumer sent, BooleanSupplier stop, TestHooks hooks)
            throws IOException, RpcException {
        String line = upload(Protocol.CHECKPOINT_PUT_COMMAND + " " + name + " " + Files.size(file) + " " + sha256
                + " migration", file, sent, stop, hooks);
        return JsonRpc.gson().fromJson(line, CheckpointInfo.class);
    }

    /**
     * Streams {@code file} as the stdin of the exec {@code command} (an upload: checkpoint-put,
     * container-put) and returns what it printed; {@code sent} and {@code stop} as for {@link #put}.
     */
    String upload(String command, Path file, LongConsumer sent, BooleanSupplier stop, TestHooks hooks)
            throws IOException, RpcException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec ch = session.createExecChannel(command)) {
            ch.setOut(out);
            ch.setErr(err);
            ch.open().verify(CONNECT_TIMEOUT);
            byte[] buf = new byte[1 << 16];
            long done = 0;
            try (InputStream in = Files.newInputStream(file); OutputStream to = ch.getInvertedIn()) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    to.write(buf, 0, n);
                    done += n;
                    sent.accept(done);
                    if (stop.getAsBoolean()) {
                        throw new IOException("cancelled by the operator");
                    }
                    hold(hooks, stop);
                }
                to.flush();
            } catch (IOException e) {
                // The destination may have refused midway (full disk): its reason beats "channel closed".
                if (session.isOpen() && !stop.getAsBoolean()) {
                    ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(5));
                    String why = err.toString(StandardCharsets.UTF_8).strip().replaceFirst("^corral-agent: ", "");
                    if (!why.isEmpty()) {
                        throw new RpcException(dev.corral.protocol.ErrorCodes.RUNTIME_FAILURE,
                                "destination refused the upload: " + why);
                    }
                }
                throw e;
            }
            ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofMinutes(10));
            Integer status = ch.getExitStatus();
            if (status == null || status != 0) {
                String why = err.toString(StandardCharsets.UTF_8).strip().replaceFirst("^corral-agent: ", "");
                throw new RpcException(dev.corral.protocol.ErrorCodes.RUNTIME_FAILURE, "destination refused the upload: "
                        + (why.isEmpty() ? "the channel closed" + (status == null ? "" : " with status " + status) : why));
            }
            return out.toString(StandardCharsets.UTF_8).strip();
        }
    }

    /**
     * The transfer's test hooks, after its first chunk: drop this connection, or pause while the
     * hold file exists (or until {@code stop}).
     */
    void hold(TestHooks hooks, BooleanSupplier stop) throws IOException {
        if (hooks.armed(TestHooks.DROP_TRANSFER)) {
            session.close(true);
            throw new IOException("connection to the destination dropped (test hook)");
        }
        // A test hook: polled, because it waits on a file the test removes.
        boolean held = false;
        while (hooks.armed(TestHooks.HOLD_TRANSFER) && !stop.getAsBoolean() && session.isOpen()) {
            held = true;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        if (held && !session.isOpen()) {
            throw new IOException("the connection to the destination ended while the transfer was held");
        }
    }

    /**
     * Post-copy: a port on the destination's loopback whose connections come through this
     * connection to {@code localPort} on this host's loopback (SSH remote port forwarding).
     */
    int forwardToHere(int localPort) throws IOException {
        SshdSocketAddress bound = session.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                new SshdSocketAddress("127.0.0.1", localPort));
        return bound.getPort();
    }

    /**
     * Stop-and-copy: the page records of {@code name} through this connection
     * ({@link dev.corral.protocol.Protocol#PAGES_COMMAND}), for when the destination's page port
     * cannot be reached.
     */
    PageRelay.Link pagesChannel(String name) throws IOException {
        ChannelExec ch = session.createExecChannel(dev.corral.protocol.Protocol.PAGES_COMMAND + " " + name);
        ch.setErr(new ByteArrayOutputStream());
        ch.open().verify(CONNECT_TIMEOUT);
        return new PageRelay.Link(ch.getInvertedOut(), ch.getInvertedIn(), ch);
    }

    /** An opened exec channel on the destination, its output into {@code out} and {@code err}. */
    ChannelExec exec(String command, OutputStream out, OutputStream err) throws IOException {
        ChannelExec ch = session.createExecChannel(command);
        ch.setOut(out);
        ch.setErr(err);
        ch.open().verify(CONNECT_TIMEOUT);
        return ch;
    }

    boolean open() {
        return session.isOpen() && rpc.isOpen();
    }

    @Override
    public void close() {
        rpc.close();
        try {
            session.close(true);
        } finally {
            client.stop();
        }
    }
}
