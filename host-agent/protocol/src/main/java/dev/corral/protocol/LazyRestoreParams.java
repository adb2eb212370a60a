package dev.corral.protocol;

/**
 * Params of {@link PostCopyProtocol#RESTORE_LAZY}.
 *
 * @param pagePort the destination's loopback port that reaches the source's CRIU page server
 */
public record LazyRestoreParams(String name, int pagePort) {
}
