package dev.corral.agent.internal.migration;

import com.google.gson.JsonElement;
import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrationRestoreResult;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.PageSinkParams;
import dev.corral.protocol.PageSinkResult;
import dev.corral.protocol.PostCopyProtocol;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.LazyPages;
import dev.corral.runtime.PageSink;
import dev.corral.runtime.PageSocket;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The destination's side of a stop-and-copy migration: a CRIU page server and the relay in front
 * of it take the memory while the source dumps ({@link Methods#MIGRATION_PAGE_SINK}); the rest of
 * the checkpoint comes as a directory upload; {@link Methods#MIGRATION_RESTORE_PUSHED} puts the
 * two together and restores, the memory paging in from here after the processes run; the source
 * waits for all of it ({@link PostCopyProtocol#PAGES}) before the commit, so a failure until then
 * still finds its frozen copy. Whatever is left when the source's session ends goes with it.
 */
final class PushTarget {

    private static final Logger LOG = LoggerFactory.getLogger(PushTarget.class);
    /** How long the page server may take to finish after the source's dump has ended. */
    private static final Duration PAGES_DONE = Duration.ofSeconds(60);
    /** How long the page server may take to end after the source's dump has failed. */
    private static final Duration PAGES_FAILED = Duration.ofSeconds(10);

    private final Containers containers;
    private final Incoming incoming;
    private final TestHooks hooks;
    private final PostCopyTarget lazy;
    private final PageSinks sinks;

    /** {@code lazy}: follows the memory paging in after the restore, for {@link PostCopyProtocol#PAGES}. */
    PushTarget(Containers containers, Incoming incoming, TestHooks hooks, PostCopyTarget lazy, PageSinks sinks) {
        this.sinks = sinks;
        this.containers = containers;
        this.incoming = incoming;
        this.hooks = hooks;
        this.lazy = lazy;
    }

    void registerIn(HandlerRegistry r) {
        r.register(Methods.MIGRATION_PAGE_SINK, this::pageSink)
                .register(Methods.MIGRATION_PAGES_RECEIVED, this::pagesReceived)
                .register(Methods.MIGRATION_RESTORE_PUSHED, this::restore);
    }

    private PageSinkResult pageSink(RpcContext context, JsonElement params) throws RpcException {
        PageSinkParams p = Params.decode(params, PageSinkParams.class);
        String name = CheckpointHandlers.required(p.name(), "name");
        if (!PostCopyPut.validName(name)) {
            throw RpcException.invalidParams("bad container name: " + name);
        }
        InetAddress bind = localAddress(CheckpointHandlers.required(p.address(), "address"));
        ContainerRuntime rt = containers.runtime();
        if (Failures.call(rt::list).stream().anyMatch(c -> c.name().equals(name))) {
            throw RpcException.conflict("a container " + name + " exists here already");
        }
        byte[] key = SealedLink.newKey();
        PageSocket socket = Failures.call(PageSocket::open);
        PageSink pages;
        try {
            pages = Failures.call(() -> PageSink.start(pagesDir(name), socket));
        } catch (RpcException e) {
            socket.close();
            throw e;
        }
        PageRelay relay;
        try {
            relay = PageRelay.fromSource(name, bind, key, socket);
        } catch (IOException e) {
            socket.close();
            pages.close();
            throw RpcException.runtimeFailure("cannot listen for the memory of " + name + " on " + p.address() + ": " + e.getMessage());
        }
        PageSinks.Sink sink = new PageSinks.Sink(pages, relay, key);
        if (!sinks.add(name, sink)) {
            sink.close();
            throw RpcException.conflict("a migration of " + name + " to here is under way already");
        }
        context.onClose(() -> {
            if (sinks.close(name, sink)) {
                LOG.info("migration source of {} went away: closed its page server", name);
            }
        });
        LOG.info("session {}: taking the memory of {} on {}:{}", context.sessionId(), name, bind.getHostAddress(), relay.port());
        return new PageSinkResult(relay.port(), Base64.getEncoder().encodeToString(key));
    }

    private Object pagesReceived(RpcContext context, JsonElement params) throws RpcException {
        String name = CheckpointHandlers.required(Params.decode(params, NameParams.class).name(), "name");
        PageSinks.Sink sink = sinks.get(name);
        if (sink == null) {
            throw RpcException.conflict("no page server of a migration of " + name + " here");
        }
        checkPages(name, sink, PAGES_FAILED);
        return null;
    }

    private MigrationRestoreResult restore(RpcContext context, JsonElement params) throws RpcException {
        String name = CheckpointHandlers.required(Params.decode(params, NameParams.class).name(), "name");
        PageSinks.Sink sink = sinks.get(name);
        Path dir = incoming.postCopyDir(name);
        if (sink == null || !incoming.marked(name) || !Files.isRegularFile(dir.resolve(PostCopyPut.CHECKPOINT_FILE))) {
            throw RpcException.conflict("no stop-and-copy migration of " + name + " is waiting here (" + Methods.MIGRATION_PAGE_SINK
                    + " and the upload first)");
        }
        ContainerRuntime rt = containers.runtime();
        try {
            checkPages(name, sink, PAGES_DONE);
            sink.pages().moveInto(dir.resolve("images"));
            // The processes run as soon as they are back; their memory pages in from the images
            // here (a lazy restore from local files), so the frozen time does not grow with it.
            long[] runningAt = new long[1];
            ContainerInfo info = hooks.withRestoreCriu(() -> CheckpointHandlers.convert(
                    Failures.call(() -> rt.migrations().restoreDirectory(dir, LazyPages.LOCAL, t -> runningAt[0] = t))));
            lazy.follow(rt, name, dir);
            LOG.info("session {}: migrated {} restored here, its memory paging in from here", context.sessionId(), name);
            return new MigrationRestoreResult(info, Task.millisSince(runningAt[0]));
        } catch (RpcException | RuntimeException e) {
            incoming.discard(rt, name);
            Incoming.deleteTree(dir);
            throw e;
        } finally {
            sinks.close(name, sink);
        }
    }

    private static void checkPages(String name, PageSinks.Sink sink, Duration wait) throws RpcException {
        if (!sink.pages().await(wait)) {
            throw RpcException.runtimeFailure("the memory of " + name + " did not arrive whole: " + sink.pages().errors()
                    + (sink.relay().failure() == null ? "" : " (page relay: " + sink.relay().failure() + ")"));
        }
    }

    private Path pagesDir(String name) {
        return incoming.postCopyDir(name).resolveSibling(name + ".pages");
    }

    /** {@code address} must be this host's own: the relay listens there and nowhere else. */
    private static InetAddress localAddress(String address) throws RpcException {
        try {
            InetAddress a = InetAddress.getByName(address);
            if (a.isLoopbackAddress() || NetworkInterface.getByInetAddress(a) != null) {
                return a;
            }
        } catch (IOException e) {
            throw RpcException.invalidParams("bad address " + address + ": " + e.getMessage());
        }
        throw RpcException.invalidParams(address + " is not an address of this host");
    }
}
