package dev.corral.protocol;

import com.google.gson.JsonElement;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The calling side of a JSON-RPC session over a pair of streams (an SSH subsystem channel):
 * numbered requests matched to responses, notifications handed to a listener. Transport-neutral
 * so the console and corralctl share it.
 */
public final class RpcChannel implements Closeable {

    private final LineReader in;
    private final OutputStream out;
    private final Consumer<Request> notifications;
    private final Map<Long, CompletableFuture<JsonElement>> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Thread reader;

    public RpcChannel(InputStream in, OutputStream out, Consumer<Request> notifications, String name) {
        this.in = new LineReader(in, Protocol.MAX_LINE_BYTES);
        this.out = out;
        this.notifications = notifications;
        this.reader = new Thread(this::readLoop, "corral-rpc-" + name);
        this.reader.setDaemon(true);
    }

    public RpcChannel start() {
        reader.start();
        return this;
    }

    /** Sends a request; the future fails with {@link RemoteCallException} or IOException. */
    public CompletableFuture<JsonElement> call(String method, Object params) {
        long id = nextId.getAndIncrement();
        CompletableFuture<JsonElement> result = new CompletableFuture<>();
        pending.put(id, result);
        if (closed.isDone()) {
            fail(result, id, new IOException("connection closed"));
            return result;
        }
        try {
            send(JsonRpc.request(id, method, params));
        } catch (IOException e) {
            fail(result, id, e);
        }
        return result;
    }

    /** Calls and waits, decoding the result; the usual way for blocking callers. */
    public <T> T call(String method, Object params, Class<T> type, long timeout, TimeUnit unit)
            throws RemoteCallException, IOException, TimeoutException, InterruptedException {
        CompletableFuture<JsonElement> future = call(method, params);
        JsonElement result;
        try {
            result = future.get(timeout, unit);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RemoteCallException remote) {
                throw remote;
            }
            throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(false);
            throw e;
        }
        if (type == Void.class) {
            return null;
        }
        try {
            return JsonRpc.gson().fromJson(result, type);
        } catch (RuntimeException e) {
            throw new IOException("agent sent an unreadable result for " + method, e);
        }
    }

    private synchronized void send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Completes when the peer closed the session or {@link #close()} was called. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    public boolean isOpen() {
        return !closed.isDone();
    }

    private void readLoop() {
        IOException cause = new IOException("connection closed");
        try {
            String line;
            while ((line = in.readLine()) != null) {
                dispatch(line);
            }
        } catch (IOException e) {
            cause = e;
        } finally {
            shutdown(cause);
        }
    }

    private void dispatch(String line) {
        Message message;
        try {
            message = JsonRpc.parse(line);
        } catch (ProtocolException e) {
            return; // a garbled line from the peer cannot be matched to a request: skip it
        }
        if (message instanceof Request request) {
            if (request.isNotification()) {
                notifications.accept(request);
            }
            return;
        }
        Response response = (Response) message;
        if (response.id() == null || !response.id().isJsonPrimitive()) {
            return;
        }
        CompletableFuture<JsonElement> future = pending.remove(response.id().getAsLong());
        if (future == null) {
            return;
        }
        if (response.isError()) {
            future.completeExceptionally(new RemoteCallException(response.error()));
        } else {
            future.complete(response.result());
        }
    }

    private void fail(CompletableFuture<JsonElement> future, long id, IOException e) {
        pending.remove(id);
        future.completeExceptionally(e);
    }

    private void shutdown(IOException cause) {
        closed.complete(null);
        pending.values().forEach(f -> f.completeExceptionally(cause));
        pending.clear();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // closing anyway: the peer may already be gone
        } finally {
            shutdown(new IOException("connection closed"));
        }
    }
}
