package dev.corral.agent.internal.rpc;

import com.google.gson.JsonElement;
import dev.corral.agent.Handler;
import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.ssh.GrantScope;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.HelloResult;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.Message;
import dev.corral.protocol.Methods;
import dev.corral.protocol.ProtocolException;
import dev.corral.protocol.Request;
import dev.corral.protocol.RpcError;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a line into a call of the registered handler and its outcome into exactly one response
 * (none for JSON-RPC notifications). Every failure becomes a typed error; the session goes on.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    static final String INTERNAL_MESSAGE = "internal error; see the agent's log";

    /** A check before any handler runs: throws to refuse the call (e.g. a container a migration holds). */
    @FunctionalInterface
    public interface Guard {
        void check(String method, JsonElement params) throws RpcException;
    }

    private final HandlerRegistry handlers;
    private final ExecutorService executor;
    private final Guard guard;

    public Dispatcher(HandlerRegistry handlers, ExecutorService executor) {
        this(handlers, executor, (m, p) -> { });
    }

    public Dispatcher(HandlerRegistry handlers, ExecutorService executor, Guard guard) {
        this.handlers = handlers;
        this.executor = executor;
        this.guard = guard;
    }

    ExecutorService executor() {
        return executor;
    }

    /** Called on the session's reader thread, in arrival order. */
    void onLine(RpcSession session, String line) throws InterruptedException {
        if (line.isBlank()) {
            return;
        }
        Message message;
        try {
            message = JsonRpc.parse(line);
        } catch (ProtocolException e) {
            session.send(JsonRpc.error(e.id(), e.code(), e.getMessage()));
            return;
        }
        if (!(message instanceof Request request)) {
            LOG.debug("session {}: ignoring a response; the agent sends no requests", session.sessionId());
            return;
        }
        Handler handler = handlers.get(request.method());
        if (session.grantOnly() && !GrantScope.METHODS.contains(request.method())) {
            reply(session, request, ErrorCodes.NOT_PERMITTED, GrantScope.refusal(request.method()));
        } else if (Methods.HELLO.equals(request.method())) {
            // Inline, so requests pipelined right behind hello already see the session as greeted.
            call(session, request, handler);
        } else if (session.protocolVersion() == 0) {
            reply(session, request, ErrorCodes.HELLO_REQUIRED, "call hello first");
        } else if (handler == null) {
            reply(session, request, ErrorCodes.METHOD_NOT_FOUND, "unknown method: " + request.method());
        } else {
            session.submit(() -> call(session, request, handler));
        }
    }

    private void call(RpcSession session, Request request, Handler handler) {
        String outcome;
        try {
            if (handler == null) {
                throw new RpcException(ErrorCodes.METHOD_NOT_FOUND, "unknown method: " + request.method());
            }
            guard.check(request.method(), request.params());
            Object result = handler.handle(session, request.params());
            if (result instanceof HelloResult hello) {
                session.helloDone(hello.protocolVersion());
            }
            outcome = JsonRpc.result(request.id(), result);
        } catch (RpcException e) {
            LOG.debug("session {}: request {} ({}) failed: {} {}", session.sessionId(), request.id(),
                    request.method(), e.code(), e.getMessage());
            outcome = JsonRpc.error(request.id(), new RpcError(e.code(), e.getMessage(),
                    e.data() == null ? null : JsonRpc.gson().toJsonTree(e.data())));
        } catch (Throwable e) { // NOPMD: whatever a handler throws, the client gets an answer
            LOG.error("session {}: request {} ({}) failed unexpectedly", session.sessionId(), request.id(),
                    request.method(), e);
            outcome = JsonRpc.error(request.id(), ErrorCodes.INTERNAL_ERROR, INTERNAL_MESSAGE);
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                send(session, request, outcome);
                throw (VirtualMachineError) e;
            }
        }
        send(session, request, outcome);
    }

    private static void reply(RpcSession session, Request request, int code, String message) {
        send(session, request, JsonRpc.error(request.id(), code, message));
    }

    private static void send(RpcSession session, Request request, String line) {
        if (!request.isNotification()) {
            session.send(line);
        }
    }
}
