package dev.corral.agent.internal.handlers;

import com.google.gson.JsonElement;
import dev.corral.agent.Handler;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.host.HostProbe;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.HelloParams;
import dev.corral.protocol.HelloResult;
import dev.corral.protocol.Protocol;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Agrees on the newest protocol version both sides speak and tells the client what this host is. */
public final class HelloHandler implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(HelloHandler.class);

    private final HostProbe probe;
    private final String agentVersion;

    public HelloHandler(HostProbe probe, String agentVersion) {
        this.probe = probe;
        this.agentVersion = agentVersion;
    }

    @Override
    public Object handle(RpcContext context, JsonElement params) throws RpcException {
        HelloParams hello = Params.decode(params, HelloParams.class);
        int version = negotiate(hello.protocolVersion(), hello.minProtocolVersion());
        LOG.info("session {}: hello from {} (protocol {})", context.sessionId(), printable(hello.client()), version);
        try {
            return new HelloResult(version, agentVersion, probe.facts());
        } catch (IOException e) {
            throw RpcException.runtimeFailure("cannot read the host's facts: " + e.getMessage());
        }
    }

    /**
     * @param max the newest version the client speaks
     * @param min the oldest it accepts; 0 (absent) means only {@code max}
     */
    static int negotiate(int max, int min) throws RpcException {
        if (max <= 0) {
            throw RpcException.invalidParams("protocolVersion is required and must be positive");
        }
        int clientMin = min <= 0 ? max : min;
        if (clientMin > max) {
            throw RpcException.invalidParams("minProtocolVersion is above protocolVersion");
        }
        int chosen = Math.min(max, Protocol.VERSION);
        if (chosen < Math.max(clientMin, Protocol.MIN_VERSION)) {
            throw new RpcException(ErrorCodes.UNSUPPORTED_VERSION,
                    "no common protocol version: the agent speaks " + Protocol.MIN_VERSION + "-" + Protocol.VERSION
                            + ", the client " + clientMin + "-" + max,
                    Map.of("minProtocolVersion", Protocol.MIN_VERSION, "protocolVersion", Protocol.VERSION));
        }
        return chosen;
    }

    /** The client's self-description goes into the log: keep it short and on one line. */
    private static String printable(String client) {
        if (client == null) {
            return "an unnamed client";
        }
        String s = client.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
