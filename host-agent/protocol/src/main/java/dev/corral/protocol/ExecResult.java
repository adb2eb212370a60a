package dev.corral.protocol;

/** Result of {@link Methods#CONTAINER_EXEC}. Output is capped by the agent. */
public record ExecResult(int exitCode, String stdout, String stderr) {
}
