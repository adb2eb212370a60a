package dev.corral.protocol;

/**
 * Params of {@link Methods#CONTAINER_STOP} and restart.
 *
 * @param timeoutSeconds how long init gets to shut down before it is killed; 0 = the default
 * @param force kill at once instead of asking init
 */
public record StopParams(String name, int timeoutSeconds, boolean force) {
}
