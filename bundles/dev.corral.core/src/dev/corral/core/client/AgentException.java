package dev.corral.core.client;

import dev.corral.core.CorralCore;
import dev.corral.core.StatusCodes;
import dev.corral.core.internal.Messages;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * The agent answered a request with a JSON-RPC error. Carries the agent's code (see
 * {@link dev.corral.protocol.ErrorCodes}) and its own message, so callers can branch on the code
 * and show the agent's words.
 */
public class AgentException extends CoreException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final String method;
    private final String agentMessage;

    public AgentException(String peer, String method, int code, String agentMessage) {
        super(CorralCore.error(StatusCodes.AGENT_ERROR,
                NLS.bind(Messages.AgentClient_agentError, new Object[] { peer, method, agentMessage, code }), null));
        this.code = code;
        this.method = method;
        this.agentMessage = agentMessage;
    }

    /** The JSON-RPC error code, see {@link dev.corral.protocol.ErrorCodes}. */
    public int getCode() {
        return code;
    }

    public String getMethod() {
        return method;
    }

    public String getAgentMessage() {
        return agentMessage;
    }
}
