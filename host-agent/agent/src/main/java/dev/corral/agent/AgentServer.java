package dev.corral.agent;

import dev.corral.agent.internal.AtomicFiles;
import dev.corral.agent.internal.NamedThreads;
import dev.corral.agent.internal.containers.ContainerHandlers;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.agent.internal.containers.TemplateHandlers;
import dev.corral.agent.internal.handlers.EventHandlers;
import dev.corral.agent.internal.handlers.HelloHandler;
import dev.corral.agent.internal.handlers.Subscribers;
import dev.corral.agent.internal.host.HostProbe;
import dev.corral.agent.internal.migration.MigrationService;
import dev.corral.agent.internal.rpc.Dispatcher;
import dev.corral.agent.internal.rpc.RpcSubsystem;
import dev.corral.agent.internal.shell.EnterCommandFactory;
import dev.corral.agent.internal.ssh.AuthorizedKeys;
import dev.corral.agent.internal.ssh.HostKey;
import dev.corral.protocol.Methods;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.SessionHeartbeatController.HeartbeatType;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent: an SSH server whose {@code corral@corral.dev} subsystem speaks JSON-RPC and whose
 * {@code enter NAME} exec request opens a shell in a container. Embeddable:
 * {@code new AgentServer(config).start()}, then {@link #port()}, then {@link #close()}. Closing
 * leaves the containers running; the next start adopts them.
 */
public final class AgentServer implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);

    private final AgentConfig config;
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final ExecutorService requests = Executors.newCachedThreadPool(new NamedThreads("corral-request"));
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(new NamedThreads("corral-events"));
    private final Subscribers subscribers = new Subscribers();
    private volatile Containers containers;
    private SshServer sshd;
    private HostKey hostKey;
    private int port = -1;

    public AgentServer(AgentConfig config) {
        this.config = config;
        new EventHandlers(scheduler, requests, subscribers, () -> {
            Containers c = containers;
            return c == null ? null : c.sampler();
        }).registerIn(handlers);
    }

    /** The containers after {@link #start()}; for tests that arrange claims and sessions. */
    Containers containers() {
        return containers;
    }

    /** Where later features add their methods; may be used before or after {@link #start()}. */
    public HandlerRegistry handlers() {
        return handlers;
    }

    public AgentConfig config() {
        return config;
    }

    public synchronized AgentServer start() throws IOException {
        if (sshd != null) {
            throw new IllegalStateException("already started");
        }
        Files.createDirectories(config.stateDir());
        hostKey = HostKey.loadOrCreate(config.stateDir());
        // Before listening: the first request must already see the adopted containers.
        containers = Containers.open(config, subscribers);
        MigrationService migration = new MigrationService(config.stateDir(), containers, hostKey.keyPair(), subscribers);
        migration.registerIn(handlers, requests);
        handlers.register(Methods.HELLO, new HelloHandler(new HostProbe(config.stateDir(), migration::decorate), version()));
        new ContainerHandlers(containers).registerIn(handlers);
        new TemplateHandlers(containers).registerIn(handlers);

        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(config.listenHost());
        server.setPort(config.listenPort());
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey.keyPair()));
        // Public keys only: no password, keyboard-interactive, GSSAPI or host-based login.
        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        server.setPublickeyAuthenticator(migration.authenticator(new AuthorizedKeys(config.authorizedKeys())));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        // No forwarding but a post-copy migration's page port on loopback: an open TCP proxy on
        // every host would be a hole.
        server.setForwardingFilter(migration.forwarding());
        server.addPortForwardingEventListener(migration.forwarding());
        // Small request/answer exchanges (RPC, CRIU's page requests through a forwarding) must not
        // wait for Nagle.
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        server.setSubsystemFactories(List.of(new RpcSubsystem(new Dispatcher(handlers, requests, containers.claims()::check))));
        // No shell on the host: exec serves only `enter NAME`, a shell inside a container, and the
        // checkpoint transfers.
        server.setCommandFactory(migration.commands(new EnterCommandFactory(containers)));
        // A console may sit idle for hours; dead peers are found by heartbeats and TCP keepalive.
        CoreModuleProperties.IDLE_TIMEOUT.set(server, Duration.ZERO);
        CoreModuleProperties.SOCKET_KEEPALIVE.set(server, true);
        server.setSessionHeartbeat(HeartbeatType.IGNORE, Duration.ofSeconds(30));
        server.start();
        sshd = server;
        port = boundPort(server);
        containers.startBackground(requests);
        AtomicFiles.write(config.portFile(), (port + "\n").getBytes(StandardCharsets.US_ASCII), AtomicFiles.PUBLIC);
        LOG.info("corral-agent {} listening on {}:{} (host key {}), authorized keys from {}", version(),
                config.listenHost(), port, hostKey.fingerprint(), config.authorizedKeys());
        return this;
    }

    private static int boundPort(SshServer server) {
        for (SocketAddress address : server.getBoundAddresses()) {
            if (address instanceof InetSocketAddress inet) {
                return inet.getPort();
            }
        }
        return server.getPort();
    }

    /** The bound port, the real one when the config asked for 0. */
    public synchronized int port() {
        if (sshd == null) {
            throw new IllegalStateException("not started");
        }
        return port;
    }

    public String host() {
        return config.listenHost();
    }

    /** The host key's {@code SHA256:…} fingerprint. */
    public synchronized String hostKeyFingerprint() {
        return hostKey().fingerprint();
    }

    /** The host key as an OpenSSH public key line, for known_hosts. */
    public synchronized String hostPublicKey() {
        return hostKey().publicKeyLine();
    }

    private HostKey hostKey() {
        if (hostKey == null) {
            throw new IllegalStateException("not started");
        }
        return hostKey;
    }

    /** Stops listening, closes every session and stops the agent's threads. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (sshd != null) {
                sshd.stop(true);
                Files.deleteIfExists(config.portFile());
                LOG.info("stopped");
            }
        } finally {
            sshd = null;
            if (containers != null) {
                containers.close();
            }
            scheduler.shutdownNow();
            requests.shutdownNow();
        }
    }

    /** The jar's Implementation-Version; "dev" when run from classes. */
    public static String version() {
        String v = AgentServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
