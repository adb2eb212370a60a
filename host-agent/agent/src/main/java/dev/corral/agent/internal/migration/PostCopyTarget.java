package dev.corral.agent.internal.migration;

import com.google.gson.JsonElement;
import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.LazyRestoreParams;
import dev.corral.protocol.MigrationRestoreResult;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.PostCopyProtocol;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.LazyPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The destination's side of a post-copy migration: restores the uploaded checkpoint with its
 * memory paged in from the source through the migration's SSH connection, then watches the
 * lazy-pages daemon (also for a stop-and-copy restore, whose memory pages in from here:
 * {@link PushTarget}). A container whose memory transfer fails before the source committed cannot
 * go on (pages are missing): it is killed and removed here at once, and the source takes its
 * frozen full copy back. The same happens when the source's session ends before the commit.
 */
final class PostCopyTarget {

    private static final Logger LOG = LoggerFactory.getLogger(PostCopyTarget.class);
    /** How long a container may take to page in all of its memory. */
    private static final Duration PAGES_LIMIT = Duration.ofMinutes(30);
    private static final String PAGE_HOST = "127.0.0.1";

    private final Containers containers;
    private final Incoming incoming;
    private final TestHooks hooks;
    private final PageForwarding forwarding;
    private final Executor pool;
    /** Per container restored lazily: null when all memory is in, else why not. */
    private final Map<String, CompletableFuture<String>> pages = new ConcurrentHashMap<>();

    PostCopyTarget(Containers containers, Incoming incoming, TestHooks hooks, PageForwarding forwarding, Executor pool) {
        this.containers = containers;
        this.incoming = incoming;
        this.hooks = hooks;
        this.forwarding = forwarding;
        this.pool = pool;
    }

    void registerIn(HandlerRegistry r) {
        r.register(PostCopyProtocol.RESTORE_LAZY, this::restore)
                .register(PostCopyProtocol.PAGES, this::awaitPages);
    }

    private MigrationRestoreResult restore(RpcContext context, JsonElement params) throws RpcException {
        LazyRestoreParams p = Params.decode(params, LazyRestoreParams.class);
        String name = CheckpointHandlers.required(p.name(), "name");
        if (!forwarding.forwarded(p.pagePort())) {
            throw RpcException.invalidParams("port " + p.pagePort() + " is no migration's forwarding on this host's loopback");
        }
        Path dir = incoming.postCopyDir(name);
        if (!incoming.marked(name) || !Files.isRegularFile(dir.resolve(PostCopyPut.CHECKPOINT_FILE))) {
            throw RpcException.conflict("no post-copy upload of " + name + " is waiting here (" + PostCopyProtocol.PUT_COMMAND
                    + " first)");
        }
        ContainerRuntime rt = containers.runtime();
        try {
            long[] runningAt = new long[1];
            ContainerInfo info = hooks.withRestoreCriu(() -> CheckpointHandlers.convert(Failures.call(
                    () -> rt.migrations().restoreDirectory(dir, LazyPages.from(PAGE_HOST, p.pagePort()), t -> runningAt[0] = t))));
            follow(rt, name, dir);
            LOG.info("session {}: migrated {} restored here, its memory follows from the source", context.sessionId(), name);
            return new MigrationRestoreResult(info, Task.millisSince(runningAt[0]));
        } catch (RpcException | RuntimeException e) {
            incoming.discard(rt, name);
            Incoming.deleteTree(dir);
            throw e;
        }
    }

    /**
     * After a lazy restore of {@code name} from {@code dir}: follows its lazy-pages daemon, which
     * {@link PostCopyProtocol#PAGES} then waits for; {@code dir} is deleted at its end.
     */
    void follow(ContainerRuntime rt, String name, Path dir) {
        CompletableFuture<String> done = new CompletableFuture<>();
        pages.put(name, done);
        pool.execute(() -> watch(rt, name, dir, done));
    }

    /** Waits for the lazy-pages daemon; a container that will never have all its memory is removed. */
    private void watch(ContainerRuntime rt, String name, Path dir, CompletableFuture<String> done) {
        String why = null;
        try {
            if (!rt.migrations().awaitLazyPages(name, PAGES_LIMIT)) {
                why = "the memory transfer from the source failed or did not end within " + PAGES_LIMIT.toMinutes() + " min";
            }
        } catch (RuntimeException e) {
            why = "cannot follow the memory transfer: " + Failures.message(e);
        }
        if (why != null && incoming.marked(name)) {
            LOG.warn("migration of {} to here: {}; its copy here is incomplete: removing it", name, why);
            incoming.discard(rt, name);
            why += "; the copy on the destination was removed";
        }
        Incoming.deleteTree(dir);
        done.complete(why);
    }

    private Object awaitPages(RpcContext context, JsonElement params) throws RpcException {
        String name = CheckpointHandlers.required(Params.decode(params, NameParams.class).name(), "name");
        CompletableFuture<String> done = pages.get(name);
        if (done == null) {
            throw RpcException.conflict("no post-copy restore of " + name + " here");
        }
        String why;
        try {
            why = done.get(PAGES_LIMIT.toMillis() + 60_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            why = "no end of the memory transfer: " + Failures.message(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RpcException.runtimeFailure("interrupted");
        } finally {
            pages.remove(name, done);
        }
        if (why != null) {
            throw RpcException.runtimeFailure(why);
        }
        LOG.info("session {}: all memory of {} is here", context.sessionId(), name);
        return null;
    }
}
