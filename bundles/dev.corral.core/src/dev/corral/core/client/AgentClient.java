package dev.corral.core.client;

import com.google.gson.JsonElement;
import dev.corral.core.CorralCore;
import dev.corral.core.StatusCodes;
import dev.corral.core.internal.Messages;
import dev.corral.protocol.HelloParams;
import dev.corral.protocol.HelloResult;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.LineReader;
import dev.corral.protocol.LineTooLongException;
import dev.corral.protocol.Message;
import dev.corral.protocol.Methods;
import dev.corral.protocol.Protocol;
import dev.corral.protocol.ProtocolException;
import dev.corral.protocol.Request;
import dev.corral.protocol.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.client.session.ClientSession;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * JSON-RPC client over the agent's SSH subsystem: one JSON object per line each way. Requests
 * are matched to responses by id; notifications go to listeners registered per method. One
 * reader thread per client delivers both, so listeners must be quick (apply to the model, no
 * network calls).
 */
public final class AgentClient implements AutoCloseable {

    /** Told once when the client closes; {@code reason} is null when {@link #close()} was called. */
    @FunctionalInterface
    public interface CloseListener {
        void closed(AgentClient client, IStatus reason);
    }

    private record Pending(String method, Class<?> resultType, CompletableFuture<Object> future) {
    }

    private final String peer;
    private final ChannelSubsystem channel;
    private final OutputStream out;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final Subscriptions subscriptions;
    private final List<CloseListener> closeListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile IStatus closeReason;
    private volatile HelloResult hello;

    private AgentClient(String peer, ChannelSubsystem channel) {
        this.peer = peer;
        this.channel = channel;
        this.out = channel.getInvertedIn();
        this.subscriptions = new Subscriptions(peer);
    }

    /**
     * Opens the agent subsystem on an authenticated session and says hello.
     *
     * @param peer how the agent is named in messages, e.g. the host's name
     */
    public static AgentClient open(ClientSession session, String peer, Duration timeout, IProgressMonitor monitor)
            throws CoreException {
        ChannelSubsystem channel;
        try {
            channel = session.createSubsystemChannel(Protocol.SUBSYSTEM);
            OpenFuture opening = channel.open();
            CompletableFuture<Void> opened = new CompletableFuture<>();
            opening.addListener(f -> {
                if (f.isOpened()) {
                    opened.complete(null);
                } else {
                    opened.completeExceptionally(CorralCore.exception(StatusCodes.PROTOCOL,
                            NLS.bind(Messages.AgentClient_subsystemUnavailable, peer, describe(f.getException())),
                            f.getException()));
                }
            });
            Waits.await(opened, timeout, monitor, peer);
        } catch (IOException e) {
            throw CorralCore.exception(StatusCodes.UNREACHABLE,
                    NLS.bind(Messages.AgentClient_subsystemUnavailable, peer, describe(e)), e);
        }
        AgentClient client = new AgentClient(peer, channel);
        client.startReader(channel.getInvertedOut());
        try {
            client.sayHello(timeout, monitor);
        } catch (CoreException | OperationCanceledException e) {
            client.close();
            throw e;
        }
        return client;
    }

    private void sayHello(Duration timeout, IProgressMonitor monitor) throws CoreException {
        HelloParams params = new HelloParams(Protocol.VERSION, Protocol.MIN_VERSION, "corral-console");
        HelloResult result = await(call(Methods.HELLO, params, HelloResult.class), timeout, monitor, Methods.HELLO);
        if (result == null || result.protocolVersion() < Protocol.MIN_VERSION
                || result.protocolVersion() > Protocol.VERSION) {
            throw CorralCore.exception(StatusCodes.PROTOCOL, NLS.bind(Messages.AgentClient_protocolMismatch,
                    new Object[] { peer, result == null ? "?" : result.protocolVersion(), Protocol.MIN_VERSION,
                            Protocol.VERSION }),
                    null);
        }
        hello = result;
    }

    /** The agent's answer to hello: negotiated version, agent version and host facts. */
    public HelloResult getHello() {
        return hello;
    }

    public String getPeer() {
        return peer;
    }

    public boolean isOpen() {
        return !closed.get();
    }

    /**
     * Sends a request. The future completes with the decoded result, or exceptionally with an
     * {@link AgentException} (the agent's error), or a {@link CoreException} for transport and
     * protocol failures. Cancelling the future only forgets the answer.
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> call(String method, Object params, Class<T> resultType) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        if (closed.get()) {
            future.completeExceptionally(new CoreException(closedStatus()));
            return (CompletableFuture<T>) (CompletableFuture<?>) future;
        }
        long id = ids.incrementAndGet();
        pending.put(id, new Pending(method, resultType, future));
        future.whenComplete((r, e) -> pending.remove(id));
        if (closed.get()) {
            // closed between the check above and put(): shutDown may have missed this one
            future.completeExceptionally(new CoreException(closedStatus()));
            return (CompletableFuture<T>) (CompletableFuture<?>) future;
        }
        byte[] line = JsonRpc.request(id, method, params).getBytes(StandardCharsets.UTF_8);
        if (line.length > Protocol.MAX_LINE_BYTES) {
            future.completeExceptionally(CorralCore.exception(StatusCodes.PROTOCOL,
                    NLS.bind(Messages.AgentClient_requestTooLarge, method, Protocol.MAX_LINE_BYTES), null));
        } else {
            try {
                send(line);
            } catch (IOException e) {
                future.completeExceptionally(new CoreException(closedStatus()));
                shutDown(CorralCore.error(StatusCodes.CONNECTION_LOST,
                        NLS.bind(Messages.AgentClient_connectionClosed, peer), e));
            }
        }
        return (CompletableFuture<T>) (CompletableFuture<?>) future;
    }

    /** {@link #call} and wait, staying cancellable through the monitor. */
    public <T> T call(String method, Object params, Class<T> resultType, Duration timeout, IProgressMonitor monitor)
            throws CoreException {
        return await(call(method, params, resultType), timeout, monitor, method);
    }

    private <T> T await(CompletableFuture<T> future, Duration timeout, IProgressMonitor monitor, String method)
            throws CoreException {
        return Waits.await(future, timeout, monitor, peer + " (" + method + ")");
    }

    /** Delivers notifications of {@code method}, decoded as {@code type}, on the reader thread. */
    public <T> void onNotification(String method, Class<T> type, Consumer<? super T> consumer) {
        subscriptions.add(method, type, consumer);
    }

    /** Registers a close listener; one added after the close is told at once. */
    public void addCloseListener(CloseListener listener) {
        closeListeners.add(listener);
        if (closed.get() && closeListeners.remove(listener)) {
            listener.closed(this, closeReason);
        }
    }

    @Override
    public void close() {
        shutDown(null);
    }

    private void send(byte[] line) throws IOException {
        synchronized (out) {
            out.write(line);
            out.write('\n');
            out.flush();
        }
    }

    private void startReader(InputStream in) {
        Thread reader = new Thread(() -> readLoop(in), "corral-agent-reader-" + peer);
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop(InputStream in) {
        LineReader lines = new LineReader(in, Protocol.MAX_LINE_BYTES);
        IStatus reason = CorralCore.error(StatusCodes.CONNECTION_LOST,
                NLS.bind(Messages.AgentClient_connectionClosed, peer), null);
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                dispatch(line);
            }
        } catch (LineTooLongException e) {
            // The stream is still in step, but an answer was lost: a caller would wait forever.
            reason = CorralCore.error(StatusCodes.PROTOCOL, NLS.bind(Messages.AgentClient_badMessage, peer,
                    e.getMessage()), e);
        } catch (IOException e) {
            reason = CorralCore.error(StatusCodes.CONNECTION_LOST,
                    NLS.bind(Messages.AgentClient_connectionClosed, peer), e);
        }
        shutDown(reason);
    }

    private void dispatch(String line) {
        Message message;
        try {
            message = JsonRpc.parse(line);
        } catch (ProtocolException e) {
            log(NLS.bind(Messages.AgentClient_badMessage, peer, e.getMessage()), null);
            return;
        }
        if (message instanceof Response response) {
            complete(response);
        } else if (message instanceof Request request && request.isNotification()) {
            subscriptions.deliver(request.method(), request.params());
        }
        // The agent sends no requests to the console in this protocol version: ignore them.
    }

    private void complete(Response response) {
        JsonElement id = response.id();
        Pending p = id != null && id.isJsonPrimitive() && id.getAsJsonPrimitive().isNumber()
                ? pending.get(id.getAsLong())
                : null;
        if (p == null) {
            return; // answer to a request whose caller gave up
        }
        if (response.isError()) {
            p.future().completeExceptionally(
                    new AgentException(peer, p.method(), response.error().code(), response.error().message()));
            return;
        }
        try {
            p.future().complete(JsonRpc.result(response, p.resultType()));
        } catch (ProtocolException e) {
            p.future().completeExceptionally(CorralCore.exception(StatusCodes.PROTOCOL,
                    NLS.bind(Messages.AgentClient_badMessage, peer, e.getMessage()), e));
        }
    }

    private void shutDown(IStatus reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeReason = reason;
        channel.close(false);
        CoreException failure = new CoreException(closedStatus());
        for (Pending p : pending.values()) {
            p.future().completeExceptionally(failure);
        }
        for (CloseListener l : closeListeners) {
            closeListeners.remove(l);
            l.closed(this, reason);
        }
    }

    private IStatus closedStatus() {
        IStatus reason = closeReason;
        return reason != null ? reason
                : CorralCore.error(StatusCodes.CONNECTION_LOST, NLS.bind(Messages.AgentClient_connectionClosed, peer),
                        null);
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "?";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void log(String message, Throwable t) {
        ILog.of(AgentClient.class).warn(message, t);
    }
}
