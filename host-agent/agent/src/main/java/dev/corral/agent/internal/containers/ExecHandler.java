package dev.corral.agent.internal.containers;

import com.google.gson.JsonElement;
import dev.corral.agent.Handler;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.protocol.ExecParams;
import dev.corral.protocol.ExecResult;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.Protocol;
import dev.corral.runtime.ContainerRuntime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * container.exec. Not under the container's lock: a long command must not hold up stop or
 * status. It runs as a session ({@link Containers#openSession}): refused once a migration holds
 * the container (checked again, after the dispatcher), and a migration cannot take it while the
 * command runs. The output is cut to fit the one-line response.
 */
final class ExecHandler implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(ExecHandler.class);
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);
    /** Room left in a line for the envelope and JSON escapes of what remains. */
    static final int OUTPUT_BUDGET = Protocol.MAX_LINE_BYTES - 64 * 1024;
    static final String CUT = "\n[output cut by the agent: too long for one response]\n";

    private final Containers containers;

    ExecHandler(Containers containers) {
        this.containers = containers;
    }

    @Override
    public Object handle(RpcContext context, JsonElement params) throws RpcException {
        ExecParams p = Params.decode(params, ExecParams.class);
        String name = ContainerHandlers.required(p.name(), "name");
        if (p.command() == null || p.command().isEmpty() || p.command().stream().anyMatch(a -> a == null)) {
            throw RpcException.invalidParams("command must be a non-empty list of strings");
        }
        byte[] stdin = p.stdin() == null ? null : p.stdin().getBytes(StandardCharsets.UTF_8);
        Duration timeout = timeout(p.timeoutMillis());
        ContainerRuntime rt = containers.runtime();
        dev.corral.runtime.ExecResult r;
        try (Claims.Session session = containers.openSession(name)) {
            LOG.info("session {}: exec in {}: {}", context.sessionId(), name, p.command().get(0));
            r = Errors.call(() -> rt.exec(name, p.command(), stdin, timeout));
        }
        return fit(new ExecResult(r.timedOut() ? ExecResult.TIMEOUT_EXIT_CODE : r.exitCode(), r.stdout(), r.stderr(),
                r.timedOut()));
    }

    static Duration timeout(long millis) throws RpcException {
        if (millis < 0 || millis > MAX_TIMEOUT.toMillis()) {
            throw RpcException.invalidParams("timeoutMillis must be 0 (the default, " + DEFAULT_TIMEOUT.toMinutes()
                    + " min) to " + MAX_TIMEOUT.toMillis());
        }
        return millis == 0 ? DEFAULT_TIMEOUT : Duration.ofMillis(millis);
    }

    /** Halves the longer stream until the encoded result fits; escapes can make text 6x longer. */
    static ExecResult fit(ExecResult r) {
        ExecResult out = r;
        while (encodedSize(out) > OUTPUT_BUDGET) {
            boolean cutStdout = out.stdout().length() >= out.stderr().length();
            String longer = cutStdout ? out.stdout() : out.stderr();
            String shorter = longer.substring(0, longer.length() / 2) + CUT;
            out = cutStdout ? new ExecResult(out.exitCode(), shorter, out.stderr(), out.timedOut())
                    : new ExecResult(out.exitCode(), out.stdout(), shorter, out.timedOut());
        }
        return out;
    }

    private static int encodedSize(ExecResult r) {
        return JsonRpc.gson().toJson(r).getBytes(StandardCharsets.UTF_8).length;
    }
}
