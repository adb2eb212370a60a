package dev.corral.runtime.internal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.runtime.RuntimeError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The runc command line with this agent's --root. */
public final class Runc {

    private final Path root;

    public Runc(Path root) {
        this.root = root;
        Fs.mkdirs(root);
    }

    /**
     * `runc run -d` with stdio /dev/null: the container inherits runc's stdio, and a pipe held
     * by a long-lived init would also break checkpoints. runc's own errors go to the log file.
     * Returns the init's host pid.
     */
    public long runDetached(String id, Path bundle) {
        Path log = bundle.resolve("runc.log");
        Path pidFile = bundle.resolve("init.pid");
        try {
            Files.deleteIfExists(log);
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot prepare bundle " + bundle + ": " + e.getMessage(), e);
        }
        int rc = Cmd.runDetached(List.of("runc", "--root", root.toString(), "--log", log.toString(),
                "run", "-d", "--pid-file", pidFile.toString(), "--bundle", bundle.toString(), id),
                Duration.ofSeconds(60));
        String pid = Fs.readOrNull(pidFile);
        if (rc != 0 || pid == null || pid.isEmpty()) {
            throw RuntimeError.failure("runc run " + id + " failed (exit " + rc + "): " + lastError(log));
        }
        return Long.parseLong(pid);
    }

    /** Removes runc's record (and cgroup) of a container, killing what is left. */
    public void deleteForce(String id) {
        // runc keeps a container's state in a directory of that name under its root: without
        // one it has nothing to delete, and a start saves the ~5 ms of asking it.
        if (Files.exists(root.resolve(id), LinkOption.NOFOLLOW_LINKS)) {
            Cmd.quiet("runc", "--root", root.toString(), "delete", "--force", id);
        }
    }

    /** runc's view: [status, pid] or null when runc does not know the id. */
    public String[] state(String id) {
        Cmd.Result r = Cmd.quiet("runc", "--root", root.toString(), "state", id);
        if (!r.ok()) {
            return null;
        }
        JsonObject o = JsonParser.parseString(r.stdout()).getAsJsonObject();
        return new String[] {o.get("status").getAsString(), o.get("pid").getAsString()};
    }

    /**
     * runc exec, run inside the container's time namespace. runc 1.1 knows nothing of time
     * namespaces: after a CRIU restore the init lives in a new one, and runc outside it compares
     * start times across namespaces and calls the container stopped. Entering the init's time
     * namespace first (harmless when it is the host's) keeps exec working for restored containers
     * and puts the new process in the container's time namespace too.
     */
    public List<String> execArgv(String id, long initPid, List<String> command) {
        return execArgv(id, initPid, false, List.of(), command);
    }

    /**
     * @param tty {@code -t}: runc gives the process a pty of the container's own devpts and relays
     *            it to its stdio, which must then be a terminal (the caller's pty); window size
     *            and signals are passed on
     * @param env {@code NAME=value} entries added to the container's environment
     */
    public List<String> execArgv(String id, long initPid, boolean tty, List<String> env, List<String> command) {
        List<String> argv = new ArrayList<>(List.of("nsenter", "--time=/proc/" + initPid + "/ns/time", "--",
                "runc", "--root", root.toString(), "exec"));
        if (tty) {
            argv.add("-t");
        }
        argv.addAll(List.of("--cwd", "/"));
        for (String e : env) {
            argv.addAll(List.of("--env", e));
        }
        argv.add(id);
        argv.addAll(command);
        return argv;
    }

    private static String lastError(Path log) {
        String s = Fs.readOrNull(log);
        if (s == null || s.isBlank()) {
            return "(no runc log)";
        }
        String[] lines = s.split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, lines.length - 3); i < lines.length; i++) {
            b.append(lines[i].strip()).append(i < lines.length - 1 ? " | " : "");
        }
        return b.toString();
    }
}
