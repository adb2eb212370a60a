package dev.corral.protocol;

/**
 * Result of {@link Methods#AGENT_PUBLIC_KEY}: the key this agent logs in to other agents with (its
 * host key), as an OpenSSH public key line, and its {@code SHA256:} fingerprint.
 */
public record AgentKey(String publicKey, String fingerprint) {
}
