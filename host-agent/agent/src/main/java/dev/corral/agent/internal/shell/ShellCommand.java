package dev.corral.agent.internal.shell;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.WinSize;
import com.pty4j.unix.UnixPtyProcess;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.Claims;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code enter NAME}: a shell in the container on a pseudo-terminal (pty4j; Java has no PTY API).
 * Bytes go both ways untouched, window changes resize the terminal, and the channel's exit
 * status is the shell's. When the client goes away the shell gets SIGHUP, as with a dropped
 * ssh session, and is killed if it ignores that.
 */
final class ShellCommand implements Command {

    private static final Logger LOG = LoggerFactory.getLogger(ShellCommand.class);
    private static final int DEFAULT_COLUMNS = 80;
    private static final int DEFAULT_ROWS = 24;
    /** Ctrl-D: a terminal has no half-close, so the client's EOF becomes the EOF character. */
    private static final int EOF_CHAR = 4;
    /** How long type-ahead waits for the shell's first output before it is passed on anyway. */
    private static final long TYPE_AHEAD_HOLD_MILLIS = 10_000;

    private final Containers containers;
    private final String container;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private volatile PtyProcess process;
    private volatile boolean closed;
    /**
     * Open once the terminal has shown something (the prompt, or runc's error). Keys typed before
     * that reach the agent's own terminal while it is still cooked and runc has not yet set up the
     * container's terminal: they were echoed twice, and a command in them saw a terminal without
     * its size. Holding them until then is what a person typing ahead of a slow login gets.
     */
    private final CountDownLatch shown = new CountDownLatch(1);

    ShellCommand(Containers containers, String container) {
        this.containers = containers;
        this.container = container;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        String who = channel.getSession().getUsername() + " from " + channel.getSession().getClientAddress();
        Thread t = new Thread(() -> run(env, who), "corral-shell-" + container);
        t.setDaemon(true);
        t.start();
    }

    private void run(Environment env, String who) {
        // A session from here to the shell's end: refused once a migration holds the container
        // (checked again, after the channel's check), and none can take it meanwhile.
        try (Claims.Session session = containers.openSession(container)) {
            run(env, who, session);
        } catch (RpcException e) {
            LOG.info("shell into {} for {} refused: {}", container, who, e.getMessage());
            FailedCommand.fail(err, exit, e.getMessage());
        }
    }

    private void run(Environment env, String who, Claims.Session session) {
        PtyProcess p;
        try {
            p = spawn(env);
        } catch (RpcException | IOException e) {
            LOG.info("shell into {} for {} refused: {}", container, who, e.getMessage());
            FailedCommand.fail(err, exit, e.getMessage());
            return;
        }
        process = p;
        LOG.info("shell into {} opened for {}", container, who);
        if (closed) {
            hangUp(p);
        }
        env.addSignalListener((ch, signal) -> resize(p, env), Signal.WINCH);
        Thread output = pump("out", () -> copyOutput(p));
        pump("in", () -> copyInput(p));
        int code;
        try {
            code = p.waitFor();
            // What the shell wrote last is still in the terminal: hand it on before the exit status.
            // The pump ends at the terminal's end of file; on a loaded host that took over 2 s and
            // the shell's last line was lost behind the exit status.
            output.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        LOG.info("shell into {} for {} ended (exit {})", container, who, code);
        session.close();
        exit.onExit(code);
    }

    private PtyProcess spawn(Environment env) throws RpcException, IOException {
        ContainerRuntime rt = containers.runtime();
        Map<String, String> vars = env.getEnv();
        String term = vars.getOrDefault(Environment.ENV_TERM, "dumb");
        List<String> argv;
        try {
            argv = ShellArgv.of(rt, container, term.matches("[A-Za-z0-9._+-]{1,64}") ? term : "dumb");
        } catch (RuntimeError e) {
            throw new RpcException(e.errorCode(), e.getMessage());
        }
        return new PtyProcessBuilder(argv.toArray(String[]::new))
                .setEnvironment(new HashMap<>(System.getenv()))
                .setInitialColumns(size(vars, Environment.ENV_COLUMNS, DEFAULT_COLUMNS))
                .setInitialRows(size(vars, Environment.ENV_LINES, DEFAULT_ROWS))
                .setRedirectErrorStream(true)
                .start();
    }

    private static int size(Map<String, String> vars, String key, int fallback) {
        try {
            int v = Integer.parseInt(vars.getOrDefault(key, ""));
            return v > 0 && v < 10_000 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void resize(PtyProcess p, Environment env) {
        Map<String, String> vars = env.getEnv();
        try {
            p.setWinSize(new WinSize(size(vars, Environment.ENV_COLUMNS, DEFAULT_COLUMNS),
                    size(vars, Environment.ENV_LINES, DEFAULT_ROWS)));
        } catch (RuntimeException e) {
            LOG.debug("resize of the shell in {} failed: {}", p, e.toString());
        }
    }

    private interface Copy {
        void run() throws IOException;
    }

    private Thread pump(String which, Copy copy) {
        Thread t = new Thread(() -> {
            try {
                copy.run();
            } catch (IOException e) {
                LOG.debug("shell {} {}: {}", container, which, e.toString());
            }
        }, "corral-shell-" + container + "-" + which);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void copyOutput(PtyProcess p) throws IOException {
        InputStream from = p.getInputStream();
        byte[] buf = new byte[8192];
        int n;
        try {
            while ((n = from.read(buf)) > 0) {
                out.write(buf, 0, n);
                out.flush();
                shown.countDown();
            }
        } finally {
            shown.countDown();
        }
    }

    private void copyInput(PtyProcess p) throws IOException {
        OutputStream to = p.getOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (n > 0) {
                awaitShown();
                to.write(buf, 0, n);
                to.flush();
            }
        }
        if (p.isAlive()) {
            awaitShown();
            to.write(EOF_CHAR);
            to.flush();
        }
    }

    private void awaitShown() throws IOException {
        try {
            shown.await(TYPE_AHEAD_HOLD_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while holding type-ahead", e);
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        closed = true;
        PtyProcess p = process;
        if (p != null && p.isAlive()) {
            // not on this SSH thread: hanging up may wait for the shell
            Thread t = new Thread(() -> hangUp(p), "corral-shell-" + container + "-hangup");
            t.setDaemon(true);
            t.start();
        }
    }

    /** SIGHUP to runc, which passes it to the shell; SIGKILL when that is ignored. */
    private void hangUp(PtyProcess p) {
        if (p instanceof UnixPtyProcess unix) {
            unix.hangup();
        }
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                LOG.info("shell into {} ignored SIGHUP: killing it", container);
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }
}
