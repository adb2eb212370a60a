package dev.corral.runtime;

/** Outcome of a command run inside a container. Output is truncated at 1 MiB per stream. */
public record ExecResult(int exitCode, String stdout, String stderr, boolean timedOut) {
}
