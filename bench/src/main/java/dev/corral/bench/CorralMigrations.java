package dev.corral.bench;

import dev.corral.cli.CliException;
import dev.corral.protocol.AgentKey;
import dev.corral.protocol.AuthorizeParams;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.Limits;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskParams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Corral side of the migration benchmark: a busybox container running the memory-filling
 * workload, migrated between the two lab hosts through the agents' own protocol (what corralctl
 * migrate does: the source's key granted on the destination, container.migrate with the
 * destination's host key, the task followed to its end).
 */
final class CorralMigrations {

    /** One migration: frozen time per phase as the source's task reports it, and the total. */
    record Result(Map<String, Long> frozenMillis, double totalMillis) {
        long frozen() {
            return frozenMillis.values().stream().mapToLong(Long::longValue).sum();
        }

        long phase(String name) {
            return frozenMillis.getOrDefault(name, 0L);
        }
    }

    /** corralctl's exit code for an invalid request (ExitCodes.USAGE, stable for scripts). */
    private static final int INVALID_REQUEST = 2;

    private final Lab lab;
    private final Path memfill;

    CorralMigrations(Lab lab, Path memfill) {
        this.lab = lab;
        this.memfill = memfill;
    }

    /** Creates and starts {@code name} on host {@code on} (routed: an address of the lab's LAN), with {@code mib} of memory filled. */
    void create(int on, String name, String ipAddress, int mib) throws Exception {
        Lab.Host h = lab.host(on);
        long limit = memoryLimit(mib);
        h.session().call(Methods.CONTAINER_CREATE, new ContainerSpec(name, "busybox", null, ipAddress,
                new Limits(limit, null, null, null, null, null, null), false, null), ContainerInfo.class);
        Path upper = h.stateDir().resolve("containers").resolve(name).resolve("upper");
        Workload.install(upper, memfill, mib);
        h.session().call(Methods.CONTAINER_START, new NameParams(name), ContainerInfo.class);
        Workload.awaitReady(h.stateDir().resolve("containers").resolve(name).resolve("rootfs"), mib);
    }

    /**
     * Migrates {@code name} from host {@code from} to host {@code to}; null when the source
     * refuses post-copy as an invalid request (an agent that cannot do it yet).
     */
    Result migrate(String name, int from, int to, boolean postCopy) throws Exception {
        Lab.Host src = lab.host(from);
        Lab.Host dst = lab.host(to);
        AgentKey key = src.session().call(Methods.AGENT_PUBLIC_KEY, null, AgentKey.class);
        dst.session().call(Methods.MIGRATION_AUTHORIZE, new AuthorizeParams(key.publicKey(), 600), AgentKey.class);
        try {
            CompletableFuture<TaskInfo> end = new CompletableFuture<>();
            String[] id = new String[1];
            src.session().onNotification(n -> {
                if (Methods.EVENT_TASK.equals(n.method())) {
                    TaskInfo t = JsonRpc.gson().fromJson(n.params(), TaskInfo.class);
                    synchronized (id) {
                        if (t.done() && t.id().equals(id[0])) {
                            end.complete(t);
                        }
                    }
                }
            });
            MigrateParams p = new MigrateParams(name, new MigrateParams.Destination(dst.address(), Lab.PORT, dst.hostKey()),
                    MigrateParams.LIVE, postCopy);
            long t0 = System.nanoTime();
            TaskInfo started;
            try {
                started = src.session().call(Methods.CONTAINER_MIGRATE, p, TaskInfo.class);
            } catch (CliException e) {
                if (postCopy && e.exitCode() == INVALID_REQUEST) {
                    return null;
                }
                throw e;
            }
            synchronized (id) {
                id[0] = started.id();
            }
            TaskInfo now = src.session().call(Methods.TASK_STATUS, new TaskParams(started.id()), TaskInfo.class);
            TaskInfo t = now.done() ? now : end.get(30, TimeUnit.MINUTES);
            double total = (System.nanoTime() - t0) / 1e6;
            if (!TaskInfo.SUCCEEDED.equals(t.state())) {
                throw new IOException("migration of " + name + " " + t.state() + ": " + t.message());
            }
            return new Result(t.frozenMillis(), total);
        } finally {
            src.session().onNotification(n -> { });
            dst.session().call(Methods.MIGRATION_REVOKE, new AuthorizeParams(key.publicKey(), 0), Void.class);
        }
    }

    /** The workload's container may use its memory and 64 MiB more (busybox, page cache of its files). */
    static long memoryLimit(int mib) {
        return (mib + 64L) << 20;
    }

    void destroy(int on, String name) throws Exception {
        Lab.Host h = lab.host(on);
        h.session().call(Methods.CONTAINER_STOP, new dev.corral.protocol.StopParams(name, 5, true), ContainerInfo.class);
        h.session().call(Methods.CONTAINER_DESTROY, new NameParams(name), Void.class);
    }

}
