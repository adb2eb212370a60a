package dev.corral.protocol;

/**
 * Opening request of a session.
 *
 * @param protocolVersion newest version the client speaks
 * @param minProtocolVersion oldest version the client accepts
 * @param client free-form client name and version, for the agent's log
 */
public record HelloParams(int protocolVersion, int minProtocolVersion, String client) {
}
