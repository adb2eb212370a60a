package dev.corral.protocol;

/**
 * Params of {@link Methods#MIGRATION_AUTHORIZE}, sent to the DESTINATION: let {@code publicKey}
 * (an OpenSSH public key line, the source agent's {@link Methods#AGENT_PUBLIC_KEY}) log in for
 * {@code expiresSeconds} (0 = 600, at most 86400) or until revoked.
 */
public record AuthorizeParams(String publicKey, int expiresSeconds) {
}
