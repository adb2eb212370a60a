package dev.corral.agent.internal.migration;

import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.agent.internal.handlers.Subscribers;
import dev.corral.protocol.HostFacts;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.command.CommandFactory;

/**
 * Checkpoints, their transfer, and live migration, wired into an agent: its RPC methods, the
 * transfer exec commands, temporary key grants and the CRIU host facts. The agent's host key is
 * also the key it logs in to other agents with.
 */
public final class MigrationService {

    private final Containers containers;
    private final KeyPair identity;
    private final CheckpointFacts facts;
    private final Incoming incoming;
    private final TestHooks hooks;
    private final Tasks tasks;
    private final PageForwarding forwarding = new PageForwarding(dev.corral.agent.internal.ssh.GrantScope::grantOnly);
    private final PageSinks pageSinks = new PageSinks();
    private GrantedKeys grants;

    public MigrationService(Path stateDir, Containers containers, KeyPair identity, Subscribers subscribers) {
        this.containers = containers;
        this.identity = identity;
        this.facts = new CheckpointFacts(containers, publicKeyLine(identity));
        this.incoming = new Incoming(stateDir, containers.claims());
        this.hooks = new TestHooks(stateDir);
        incoming.recover(containers.available() ? runtimeOrNull() : null);
        RestartMigration.recover(stateDir);
        this.tasks = new Tasks(subscribers, stateDir.resolve(Tasks.FILE), this::whereIs);
    }

    private dev.corral.runtime.ContainerRuntime runtimeOrNull() {
        try {
            return containers.runtime();
        } catch (dev.corral.agent.RpcException e) {
            return null;
        }
    }

    /** For a task the agent's stop interrupted: where its container is now, as far as this host knows. */
    private String whereIs(String name) {
        dev.corral.runtime.ContainerRuntime rt = runtimeOrNull();
        if (rt == null || name == null) {
            return "";
        }
        try {
            dev.corral.runtime.ContainerInfo c = rt.status(name);
            if (rt.migrations().migrationUnresolved(name)) {
                return "container " + name + " is left frozen here: the destination may run it; look there, then"
                        + " corralctl migrate " + name + " --resolve here|there";
            }
            if (c.state() == dev.corral.runtime.ContainerState.RUNNING) {
                return "container " + name + " runs here";
            }
            List<dev.corral.runtime.Checkpoint> kept = rt.checkpoints(name);
            return kept.isEmpty() ? "container " + name + " is stopped here: corralctl start " + name
                    : "container " + name + " is stopped here, its checkpoint " + kept.get(kept.size() - 1).id()
                    + " kept: corralctl restore " + name;
        } catch (dev.corral.runtime.RuntimeError e) {
            return e.kind() == dev.corral.runtime.RuntimeError.Kind.NOT_FOUND
                    ? "container " + name + " is not on this host (look on the migration's destination)"
                    : "cannot read container " + name + ": " + e.getMessage();
        }
    }

    /** Adds the methods; {@code pool} runs the migrations. */
    public void registerIn(HandlerRegistry registry, Executor pool) {
        new CheckpointHandlers(containers, facts).registerIn(registry);
        new MigrationHandlers(this, containers, tasks, pool).registerIn(registry);
        PostCopyTarget postCopy = new PostCopyTarget(containers, incoming, hooks, forwarding, pool);
        postCopy.registerIn(registry);
        new PushTarget(containers, incoming, hooks, postCopy, pageSinks).registerIn(registry);
    }

    /**
     * The SSH server's forwarding policy (also to be added as its forwarding event listener): a
     * migration session may forward a port on loopback for post-copy, nothing else is allowed.
     */
    public PageForwarding forwarding() {
        return forwarding;
    }

    /** The transfer commands in front of the agent's other exec commands. */
    public CommandFactory commands(CommandFactory next) {
        return new TransferCommands(containers, incoming, pageSinks, next);
    }

    /** The authorized_keys check plus the migrations' temporary grants. */
    public synchronized PublickeyAuthenticator authenticator(PublickeyAuthenticator file) {
        grants = new GrantedKeys(file);
        return grants;
    }

    /** hello's facts with what CRIU can do here and this agent's key. */
    public HostFacts decorate(HostFacts facts) {
        return this.facts.decorate(facts);
    }

    synchronized GrantedKeys grants() {
        if (grants == null) {
            throw new IllegalStateException("authenticator() was not installed");
        }
        return grants;
    }

    CheckpointFacts facts() {
        return facts;
    }

    Incoming incoming() {
        return incoming;
    }

    TestHooks hooks() {
        return hooks;
    }

    KeyPair identity() {
        return identity;
    }

    String publicKeyLine() {
        return publicKeyLine(identity);
    }

    String fingerprint() {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, identity.getPublic());
    }

    private static String publicKeyLine(KeyPair k) {
        return PublicKeyEntry.toString(k.getPublic()) + " corral-agent";
    }
}
