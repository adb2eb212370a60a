package dev.corral.cli;

import dev.corral.protocol.AgentKey;
import dev.corral.protocol.AuthorizeParams;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.ResolveMigrationParams;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskParams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * migrate NAME --to HOST[:PORT]: corralctl orchestrates, the agents do the work. It connects to
 * the destination (its host key pinned in the same known_hosts), grants the source agent's key
 * there for this migration only, starts the task on the source with the destination's pinned key,
 * prints the task's progress and revokes the grant when it ends.
 */
final class MigrateCommand {

    /** Grant lifetime: the task's own limits end it sooner. */
    private static final int GRANT_SECONDS = 1800;

    private final AgentSession source;
    private final Target sourceTarget;
    private final Output output;
    private final PrintStream out;

    MigrateCommand(AgentSession source, Target sourceTarget, Output output, PrintStream out) {
        this.source = source;
        this.sourceTarget = sourceTarget;
        this.output = output;
        this.out = out;
    }

    int run(List<String> tokens) throws CliException {
        Args a = Args.parse(tokens, List.of("to", "resolve"), List.of("restart", "post-copy"));
        a.expectPositionals(1);
        String name = a.positional(0, "container name");
        if (a.has("resolve")) {
            if (a.has("to") || a.flag("restart") || a.flag("post-copy")) {
                throw new CliException(ExitCodes.USAGE, "--resolve ends a migration left unresolved here: not with --to,"
                        + " --restart or --post-copy");
            }
            return resolve(name, a.option("resolve"));
        }
        if (!a.has("to")) {
            throw new CliException(ExitCodes.USAGE, "migrate needs --to HOST[:PORT]");
        }
        if (a.flag("restart") && a.flag("post-copy")) {
            throw new CliException(ExitCodes.USAGE, "--post-copy is a kind of live migration: not with --restart");
        }
        Target dest = sourceTarget.withHost(a.option("to"));
        try (AgentSession destination = AgentSession.open(dest)) {
            AgentKey key = source.call(Methods.AGENT_PUBLIC_KEY, null, AgentKey.class);
            String hostKey = PublicKeyEntry.toString(destination.ssh().getServerKey());
            destination.call(Methods.MIGRATION_AUTHORIZE, new AuthorizeParams(key.publicKey(), GRANT_SECONDS), AgentKey.class);
            try {
                return follow(name, dest, hostKey, a.flag("restart"), a.flag("post-copy"));
            } finally {
                try {
                    destination.call(Methods.MIGRATION_REVOKE, new AuthorizeParams(key.publicKey(), 0), Void.class);
                } catch (CliException e) {
                    out.println("warning: could not revoke the source's key on the destination: " + e.getMessage());
                }
            }
        }
    }

    /**
     * migrate NAME --resolve here|there, on the source: its agent stopped while the destination
     * was asked to commit, so the container was left frozen; the operator has asked the
     * destination where it runs.
     */
    private int resolve(String name, String where) throws CliException {
        if (!where.equals("here") && !where.equals("there")) {
            throw new CliException(ExitCodes.USAGE, "--resolve takes 'here' (it does not run on the destination: thaw it"
                    + " here) or 'there' (it runs on the destination: destroy it here), not '" + where + "'");
        }
        boolean here = where.equals("here");
        ContainerInfo info = source.call(Methods.CONTAINER_RESOLVE_MIGRATION, new ResolveMigrationParams(name, here),
                ContainerInfo.class);
        if (output.json()) {
            output.json(info);
        } else if (here) {
            out.println("Container " + name + " runs here again (" + info.state() + ")");
        } else {
            out.println("Container " + name + " destroyed here: it runs on the destination");
        }
        return ExitCodes.OK;
    }

    /** The task's last event; gives up when the source's connection is gone (its agent died) instead of waiting on. */
    private TaskInfo awaitEnd(CompletableFuture<TaskInfo> end, String taskId) throws CliException {
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(2);
        try {
            while (true) {
                try {
                    return end.get(2, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    if (!source.ssh().isOpen()) {
                        throw new CliException(ExitCodes.CONNECTION, "lost the connection to the source agent during task "
                                + taskId + ": if that agent stopped, its start says where the container is"
                                + " (corralctl task list; see docs/migration.md)");
                    }
                    if (System.nanoTime() > deadline) {
                        throw new CliException(ExitCodes.FAILURE, "lost track of task " + taskId + ": no end after 2 h");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.FAILURE, "interrupted; task " + taskId + " goes on (corralctl task)");
        } catch (ExecutionException e) {
            throw new CliException(ExitCodes.FAILURE, "lost track of task " + taskId + ": " + e.getMessage());
        }
    }

    private int follow(String name, Target dest, String hostKey, boolean restart, boolean postCopy) throws CliException {
        CompletableFuture<TaskInfo> end = new CompletableFuture<>();
        String[] taskId = new String[1];
        String[] lastPhase = new String[1];
        // Events that come before the call's answer names the task (a fast first phase): shown then.
        List<TaskInfo> early = new ArrayList<>();
        java.util.function.Consumer<TaskInfo> show = t -> {
            if (!taskId[0].equals(t.id())) {
                return;
            }
            // a line per phase, and per news within one (a commit whose answer was lost)
            String line = t.phase() + ": " + t.message();
            if (!output.json() && !line.equals(lastPhase[0])) {
                out.println("[" + t.percent() + "%] " + line);
                lastPhase[0] = line;
            }
            if (t.done()) {
                end.complete(t);
            }
        };
        source.onNotification(n -> {
            if (!Methods.EVENT_TASK.equals(n.method())) {
                return;
            }
            TaskInfo t = JsonRpc.gson().fromJson(n.params(), TaskInfo.class);
            synchronized (taskId) {
                if (taskId[0] == null) {
                    early.add(t);
                } else {
                    show.accept(t);
                }
            }
        });
        MigrateParams p = new MigrateParams(name, new MigrateParams.Destination(dest.host(), dest.port(), hostKey),
                restart ? MigrateParams.RESTART : MigrateParams.LIVE, postCopy);
        TaskInfo started = source.call(Methods.CONTAINER_MIGRATE, p, TaskInfo.class);
        synchronized (taskId) {
            taskId[0] = started.id();
            early.forEach(show);
            early.clear();
        }
        // An event may have come before the id was known: ask once, then wait for the end.
        TaskInfo now = source.call(Methods.TASK_STATUS, new TaskParams(started.id()), TaskInfo.class);
        TaskInfo t = now.done() ? now : awaitEnd(end, started.id());
        if (output.json()) {
            output.json(t);
        } else {
            // A restart migration's container is not frozen but stopped: the same figures, named so.
            out.println(t.state() + ": " + t.message() + " (" + (restart ? "not running" : "frozen") + " per phase: "
                    + t.frozenMillis() + ")");
        }
        return switch (t.state()) {
            case TaskInfo.SUCCEEDED -> ExitCodes.OK;
            case TaskInfo.CANCELLED -> ExitCodes.CONFLICT;
            default -> ExitCodes.FAILURE;
        };
    }
}
