package dev.corral.agent.internal.rpc;

import dev.corral.agent.RpcContext;
import dev.corral.agent.internal.ssh.GrantScope;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.LineReader;
import dev.corral.protocol.LineTooLongException;
import dev.corral.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client on the corral subsystem: a reader thread that turns lines into requests for the
 * {@link Dispatcher}, an {@link Outbox} that writes answers, and the session's state.
 */
public final class RpcSession implements Command, RpcContext {

    private static final Logger LOG = LoggerFactory.getLogger(RpcSession.class);
    private static final AtomicLong IDS = new AtomicLong();

    /** Requests of one session running at once; more make the reader wait (back-pressure). */
    static final int MAX_IN_FLIGHT = 32;

    private final String id = "s" + IDS.incrementAndGet();
    private final Dispatcher dispatcher;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final Map<Class<?>, Object> state = new ConcurrentHashMap<>();
    private final List<Runnable> closeActions = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private Outbox outbox;
    private Thread reader;
    private volatile String user = "?";
    private volatile int protocolVersion;
    private volatile boolean grantOnly;

    RpcSession(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // Nothing goes to stderr: errors are JSON-RPC responses.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        user = channel.getSession().getUsername();
        grantOnly = GrantScope.grantOnly(channel.getSession());
        LOG.info("session {}: {} opened {} from {}", id, user, Protocol.SUBSYSTEM,
                channel.getSession().getClientAddress());
        outbox = new Outbox(out, id, () -> end("write failed or client too slow"));
        outbox.start();
        reader = new Thread(this::readLoop, "corral-" + id + "-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop() {
        LineReader lines = new LineReader(in, Protocol.MAX_LINE_BYTES);
        try {
            while (!closed.get()) {
                String line;
                try {
                    line = lines.readLine();
                } catch (LineTooLongException e) {
                    send(JsonRpc.error(null, ErrorCodes.INVALID_REQUEST, e.getMessage()));
                    continue;
                }
                if (line == null) {
                    break;
                }
                dispatcher.onLine(this, line);
            }
            // The client half-closed: it may still wait for answers to what it sent.
            inFlight.acquire(MAX_IN_FLIGHT);
            outbox.finish();
            end(null);
        } catch (InterruptedException | InterruptedIOException e) {
            end(null);
        } catch (IOException e) {
            if (!closed.get()) {
                LOG.debug("session {}: read failed: {}", id, e.toString());
            }
            end(null);
        }
    }

    /** Runs a request off the reader thread; waits while too many are running. */
    void submit(Runnable task) throws InterruptedException {
        inFlight.acquire();
        try {
            dispatcher.executor().execute(() -> {
                try {
                    task.run();
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    void send(String line) {
        outbox.send(line);
    }

    /** Logged in with a temporary migration grant only: {@link GrantScope} limits its calls. */
    boolean grantOnly() {
        return grantOnly;
    }

    void helloDone(int version) {
        protocolVersion = version;
    }

    /** Ends the session once: stops events, tells SSHD the subsystem exited (which closes the channel). */
    private void end(String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (reason != null) {
            LOG.warn("session {}: closing: {}", id, reason);
        }
        runCloseActions();
        outbox.abort();
        if (exit != null) {
            exit.onExit(0);
        }
        LOG.info("session {}: closed", id);
    }

    @Override
    public void destroy(ChannelSession channel) {
        // The channel is gone (client closed it, or the server stops): nothing more can be sent.
        if (closed.compareAndSet(false, true)) {
            runCloseActions();
            if (outbox != null) {
                outbox.abort();
            }
            if (reader != null) {
                reader.interrupt();
            }
            LOG.info("session {}: closed by the client", id);
        }
    }

    private void runCloseActions() {
        for (Runnable action : closeActions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("session {}: close action failed", id, e);
            }
        }
        closeActions.clear();
    }

    @Override
    public void close(String reason) {
        end(reason);
    }

    @Override
    public String sessionId() {
        return id;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public int protocolVersion() {
        return protocolVersion;
    }

    @Override
    public void notify(String method, Object params) {
        send(JsonRpc.notification(method, params));
    }

    @Override
    public boolean offer(String method, Object params) {
        return outbox.offer(JsonRpc.notification(method, params));
    }

    @Override
    public <T> T state(Class<T> kind, Supplier<T> create) {
        return kind.cast(state.computeIfAbsent(kind, k -> create.get()));
    }

    @Override
    public void onClose(Runnable action) {
        closeActions.add(action);
        if (closed.get()) {
            runCloseActions();
        }
    }
}
