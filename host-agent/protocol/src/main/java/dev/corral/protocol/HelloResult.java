package dev.corral.protocol;

/**
 * Answer to hello.
 *
 * @param protocolVersion the version chosen for this session
 * @param agentVersion the agent's build version
 * @param facts what the host is
 */
public record HelloResult(int protocolVersion, String agentVersion, HostFacts facts) {
}
