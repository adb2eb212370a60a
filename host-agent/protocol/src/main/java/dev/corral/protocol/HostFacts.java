package dev.corral.protocol;

/**
 * What a host is: read once per session. Versions of optional tools are null when absent.
 */
public record HostFacts(
        String hostname,
        String kernel,
        String arch,
        int cpus,
        long memoryBytes,
        long diskTotalBytes,
        long diskFreeBytes,
        String runcVersion,
        String criuVersion,
        long uptimeSeconds) {
}
