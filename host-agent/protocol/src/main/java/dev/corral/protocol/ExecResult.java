package dev.corral.protocol;

/**
 * Result of {@link Methods#CONTAINER_EXEC}. Output is capped by the agent so the response fits
 * in one line; a cut stream ends with a note saying so.
 *
 * @param exitCode the command's exit code; 124 when it was killed for running out of time
 * @param timedOut the command ran longer than its timeout and was killed
 */
public record ExecResult(int exitCode, String stdout, String stderr, boolean timedOut) {

    /** The exit code reported for a command killed at its timeout, as timeout(1) does. */
    public static final int TIMEOUT_EXIT_CODE = 124;
}
