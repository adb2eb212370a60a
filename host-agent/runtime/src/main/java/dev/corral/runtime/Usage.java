package dev.corral.runtime;

/**
 * Resource usage of a running container. Network bytes are from the container's point of view
 * (read from the host side of its veth, where they are mirrored).
 *
 * @param memoryLimitBytes -1 when unlimited
 */
public record Usage(long cpuNanos, long memoryBytes, long memoryLimitBytes, long pids, long netRxBytes,
                    long netTxBytes) {
}
