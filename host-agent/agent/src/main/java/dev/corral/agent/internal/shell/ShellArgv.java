package dev.corral.agent.internal.shell;

import java.nio.file.Path;
import java.util.List;

/**
 * The host command that puts a shell on a terminal inside a container. The same way the
 * runtime's exec enters: runc joins the container's namespaces and cgroups and applies its
 * capabilities, seccomp and environment; nsenter puts runc into the init's time namespace first,
 * because runc 1.1 knows no time namespaces and, outside a CRIU-restored container's, takes it
 * for stopped. {@code -t} makes runc allocate the container's own pty and forward our window
 * size and signals to it.
 */
final class ShellArgv {

    /** bash where the template has it, else sh; a login shell, in the home directory. */
    static final String SHELL_SCRIPT = "cd 2>/dev/null; if [ -x /bin/bash ]; then exec /bin/bash -l; fi; exec /bin/sh -l";

    private ShellArgv() {
    }

    static List<String> of(Path runcRoot, String container, long initPid, String term) {
        return List.of("nsenter", "--time=/proc/" + initPid + "/ns/time", "--",
                "runc", "--root", runcRoot.toString(), "exec", "-t", "--cwd", "/", "--env", "TERM=" + term,
                container, "/bin/sh", "-c", SHELL_SCRIPT);
    }
}
