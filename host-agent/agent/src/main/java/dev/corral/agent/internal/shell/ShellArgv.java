package dev.corral.agent.internal.shell;

import dev.corral.runtime.ContainerRuntime;
import java.util.List;

/**
 * What {@code enter} runs in a container: a login shell, bash where the template has it. How it
 * gets in (namespaces, cgroups, capabilities, a terminal of the container's own) is the runtime's
 * {@link ContainerRuntime#interactiveArgv}.
 */
final class ShellArgv {

    /** bash where the template has it, else sh; a login shell, in the home directory. */
    static final String SHELL_SCRIPT = "cd 2>/dev/null; if [ -x /bin/bash ]; then exec /bin/bash -l; fi; exec /bin/sh -l";
    static final List<String> COMMAND = List.of("/bin/sh", "-c", SHELL_SCRIPT);

    private ShellArgv() {
    }

    /**
     * The agent's own terminal is put in raw mode before runc starts: the container's terminal
     * does the line discipline. runc sets our side raw itself, but it restores the mode it found
     * when it exits, before the last output is copied, so a cooked terminal turned the shell's
     * last "\n" into "\r\r\n" (and sized itself late under load).
     */
    static final List<String> RAW_PREFIX = List.of("/bin/sh", "-c", "stty raw -echo 2>/dev/null; exec \"$@\"",
            "corral-enter");

    /** CONFLICT (a RuntimeError) when the container is not running or is stopping. */
    static List<String> of(ContainerRuntime rt, String container, String term) {
        List<String> argv = new java.util.ArrayList<>(RAW_PREFIX);
        argv.addAll(rt.interactiveArgv(container, COMMAND, term));
        return argv;
    }
}
