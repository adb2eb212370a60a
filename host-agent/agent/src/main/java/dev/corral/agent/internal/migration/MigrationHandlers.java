package dev.corral.agent.internal.migration;

import com.google.gson.JsonElement;
import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.HostPort;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.AgentKey;
import dev.corral.protocol.AuthorizeParams;
import dev.corral.protocol.CheckpointRef;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.MigrationPrecheckParams;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.PrecheckResult;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskList;
import dev.corral.protocol.TaskParams;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The migration's methods, source side (container.migrate, tasks) and destination side (migration.*). */
final class MigrationHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationHandlers.class);
    private static final int DEFAULT_GRANT_SECONDS = 600;
    private static final int MAX_GRANT_SECONDS = 86_400;
    /** Room a destination keeps free beyond what a migration writes. */
    private static final long DISK_MARGIN = 64L << 20;

    private final MigrationService service;
    private final Containers containers;
    private final Tasks tasks;
    private final Executor pool;

    MigrationHandlers(MigrationService service, Containers containers, Tasks tasks, Executor pool) {
        this.service = service;
        this.containers = containers;
        this.tasks = tasks;
        this.pool = pool;
    }

    void registerIn(HandlerRegistry r) {
        r.register(Methods.CONTAINER_MIGRATE, this::migrate)
                .register(Methods.AGENT_PUBLIC_KEY, (c, p) -> new AgentKey(service.publicKeyLine(), service.fingerprint()))
                .register(Methods.MIGRATION_AUTHORIZE, this::authorize)
                .register(Methods.MIGRATION_REVOKE, (c, p) -> {
                    service.grants().revoke(key(Params.decode(p, AuthorizeParams.class).publicKey()));
                    return null;
                })
                .register(Methods.MIGRATION_PRECHECK, this::precheck)
                .register(Methods.MIGRATION_RESTORE, this::restore)
                .register(Methods.MIGRATION_START,
                        (c, p) -> RestartMigration.startArrived(containers, service.incoming(), service.hooks(), p))
                .register(Methods.MIGRATION_COMMIT, this::commit)
                .register(Methods.MIGRATION_DISCARD, (c, p) -> {
                    String name = CheckpointHandlers.required(Params.decode(p, NameParams.class).name(), "name");
                    service.incoming().discard(containers.runtime(), name);
                    return null;
                })
                .register(Methods.TASK_LIST, (c, p) -> {
                    tasks.watch(c);
                    return new TaskList(tasks.list());
                })
                .register(Methods.TASK_STATUS, (c, p) -> {
                    tasks.watch(c);
                    return tasks.get(Params.decode(p, TaskParams.class).id()).info();
                })
                .register(Methods.TASK_CANCEL, (c, p) -> {
                    Task t = tasks.get(Params.decode(p, TaskParams.class).id());
                    if (t.done()) {
                        throw RpcException.conflict("task " + t.id() + " is over: " + t.info().state());
                    }
                    t.requestCancel();
                    LOG.info("session {}: cancel of task {} requested", c.sessionId(), t.id());
                    return t.info();
                });
    }

    private TaskInfo migrate(RpcContext context, JsonElement params) throws RpcException {
        MigrateParams p = Params.decode(params, MigrateParams.class);
        String name = CheckpointHandlers.required(p.name(), "name");
        MigrateParams.Destination d = p.destination();
        if (d == null || d.address() == null || d.address().isBlank() || d.port() <= 0 || d.port() > 65535
                || d.hostKey() == null || d.hostKey().isBlank()) {
            throw RpcException.invalidParams("destination needs address, port and hostKey (its pinned host key)");
        }
        key(d.hostKey());
        String mode = p.mode() == null ? MigrateParams.LIVE : p.mode();
        boolean restart = mode.equals(MigrateParams.RESTART);
        if (!mode.equals(MigrateParams.LIVE) && !restart) {
            throw RpcException.invalidParams("mode is " + MigrateParams.LIVE + " or " + MigrateParams.RESTART + ", not " + mode);
        }
        if (p.postCopy() && restart) {
            throw RpcException.invalidParams("post-copy is a kind of live migration: not with mode " + MigrateParams.RESTART);
        }
        ContainerRuntime rt = containers.runtime();
        containers.refuseIfUnresolved(name);
        if (restart) {
            RestartMigration.precheckLocally(rt, name);
        } else if (p.postCopy()) {
            PostCopyMigration.precheckLocally(rt, service.facts(), name);
        } else {
            Migration.precheckLocally(rt, service.facts(), name);
        }
        // Held until the task ends: other changing calls on it are refused meanwhile (Claims).
        if (!containers.claimWhenFree(name, "being migrated away")) {
            throw RpcException.conflict("container " + name + " is " + containers.claims().holder(name));
        }
        Task task = tasks.create(restart ? "migrate-restart" : "migrate", name);
        task.destination(HostPort.format(d.address(), d.port()));
        String holder = "being migrated away by task " + task.id();
        containers.claims().describe(name, holder);
        task.atEnd(() -> containers.claims().release(name, holder));
        tasks.watch(context);
        Runnable done = () -> {
            containers.claims().release(name, holder);
            // gone after a success, running again after a roll-back
            containers.refresh(name);
        };
        try {
            pool.execute(restart ? new RestartMigration(task, containers, rt, p, service.identity(), service.hooks(), done)
                    : p.postCopy() ? new PostCopyMigration(task, rt, service.facts(), p, service.identity(), service.hooks(), done)
                    : new Migration(task, rt, service.facts(), p, service.identity(), service.hooks(), done));
        } catch (RuntimeException e) {
            containers.claims().release(name);
            throw RpcException.runtimeFailure("cannot start the migration: " + e.getMessage());
        }
        LOG.info("session {}: migrate {} to {}:{} as task {}", context.sessionId(), name, d.address(), d.port(), task.id());
        return task.info();
    }

    private Object authorize(RpcContext context, JsonElement params) throws RpcException {
        AuthorizeParams p = Params.decode(params, AuthorizeParams.class);
        PublicKey k = key(p.publicKey());
        if (p.expiresSeconds() < 0 || p.expiresSeconds() > MAX_GRANT_SECONDS) {
            throw RpcException.invalidParams("expiresSeconds must be 0 (" + DEFAULT_GRANT_SECONDS + ") to " + MAX_GRANT_SECONDS);
        }
        int seconds = p.expiresSeconds() == 0 ? DEFAULT_GRANT_SECONDS : p.expiresSeconds();
        service.grants().grant(k, Instant.now().plusSeconds(seconds));
        LOG.info("session {}: granted {} for {} s", context.sessionId(), KeyUtils.getFingerPrint(k), seconds);
        return new AgentKey(PublicKeyEntry.toString(k), KeyUtils.getFingerPrint(k));
    }

    /** Destination: could this host take the container? Also arms the clean-up if the caller goes. */
    private PrecheckResult precheck(RpcContext context, JsonElement params) throws RpcException {
        MigrationPrecheckParams p = Params.decode(params, MigrationPrecheckParams.class);
        String name = CheckpointHandlers.required(p.name(), "name");
        ContainerRuntime rt = containers.runtime();
        List<String> problems = new ArrayList<>();
        if (p.template() != null && !rt.templates().exists(p.template())) {
            problems.add("template " + p.template() + " is not on this host");
        }
        for (dev.corral.runtime.ContainerInfo c : Failures.call(rt::list)) {
            if (c.name().equals(name)) {
                problems.add("a container " + name + " exists here already");
            } else if (p.ipAddress() != null && p.ipAddress().equals(c.ipv4())) {
                problems.add("address " + p.ipAddress() + " is taken here by container " + c.name());
            }
        }
        if (p.needsCriu() && service.facts().problem() != null) {
            problems.add(service.facts().problem());
        }
        try {
            Path state = rt.config().stateDir();
            long free = Files.getFileStore(state).getUsableSpace();
            long need = 2 * p.sizeBytes() + DISK_MARGIN;
            if (free < need) {
                problems.add("not enough disk space: " + (free >> 20) + " MiB free, about " + (need >> 20) + " MiB needed");
            }
        } catch (java.io.IOException e) {
            problems.add("cannot read the free disk space: " + e.getMessage());
        }
        if (problems.isEmpty()) {
            // Whatever this migration leaves here, its end without a commit removes it.
            context.onClose(() -> {
                if (service.incoming().marked(name)) {
                    LOG.info("migration source of {} went away before committing: discarding", name);
                    service.incoming().discard(rt, name);
                }
            });
        }
        return new PrecheckResult(problems);
    }

    /**
     * Destination: the source commits. Idempotent (a source whose connection dropped before the
     * answer asks again on a new one); NOT_FOUND when the container was discarded meanwhile.
     */
    private Object commit(RpcContext context, JsonElement params) throws RpcException {
        String name = CheckpointHandlers.required(Params.decode(params, NameParams.class).name(), "name");
        ContainerRuntime rt = containers.runtime();
        boolean again;
        try {
            again = service.incoming().commit(rt, name);
        } catch (RuntimeError e) {
            if (e.kind() == RuntimeError.Kind.NOT_FOUND) {
                throw RpcException.notFound("container " + name + " is not here: its migration was discarded"
                        + " (the source's connection ended before the commit) or never arrived");
            }
            throw new RpcException(e.errorCode(), e.getMessage());
        }
        // Only the first commit deletes the migration's checkpoints: those of a container that is
        // simply here are no peer's to delete.
        if (!again) {
            for (dev.corral.runtime.Checkpoint ck : Failures.call(() -> rt.checkpoints(name))) {
                Failures.call(() -> {
                    rt.deleteCheckpoint(name, ck.id());
                    return null;
                });
            }
        }
        containers.refresh(name);
        LOG.info("session {}: migration of {} to here committed{}", context.sessionId(), name,
                again ? " (again: the source had not got the answer)" : "");
        if (service.hooks().fire(TestHooks.DROP_AFTER_COMMIT)) {
            context.close("test hook " + TestHooks.DROP_AFTER_COMMIT + ": committed " + name + ", answer dropped");
        }
        return null;
    }

    /** Destination: restore a migrated checkpoint (the network comes up closed, then opens with a GARP). */
    private ContainerInfo restore(RpcContext context, JsonElement params) throws RpcException {
        CheckpointRef ref = Params.decode(params, CheckpointRef.class);
        String name = CheckpointHandlers.required(ref.name(), "name");
        ContainerRuntime rt = containers.runtime();
        try {
            ContainerInfo info = service.hooks().withRestoreCriu(() -> CheckpointHandlers.convert(
                    Failures.call(() -> rt.restore(name, ref.checkpointId()))));
            LOG.info("session {}: migrated {} restored here", context.sessionId(), name);
            return info;
        } catch (RpcException e) {
            service.incoming().discard(rt, name);
            throw e;
        }
    }

    static PublicKey key(String line) throws RpcException {
        if (line == null || line.isBlank()) {
            throw RpcException.invalidParams("a public key (OpenSSH line) is required");
        }
        try {
            return PublicKeyEntry.parsePublicKeyEntry(line.strip()).resolvePublicKey(null, Map.of(), null);
        } catch (Exception e) {
            throw RpcException.invalidParams("not an OpenSSH public key: " + Failures.message(e));
        }
    }
}
