package dev.corral.protocol;

import java.util.List;

/**
 * Params of {@link Methods#CONTAINER_EXEC}: a command run inside the container, joining all of
 * its namespaces and cgroups with its capabilities.
 *
 * @param stdin text fed to the command's standard input; null for none
 * @param timeoutMillis the command is killed after this long; 0 = the agent's default
 */
public record ExecParams(String name, List<String> command, String stdin, long timeoutMillis) {
}
