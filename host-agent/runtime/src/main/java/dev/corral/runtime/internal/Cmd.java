package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs host tools (ip, mount, runc, ...) with bounded output and a deadline. */
public final class Cmd {

    /** Output beyond this is dropped: a chatty tool must not fill the agent's heap. */
    public static final int MAX_OUTPUT = 1 << 20;
    private static final File DEV_NULL = new File("/dev/null");

    public record Result(int exitCode, String stdout, String stderr, boolean timedOut) {
        public boolean ok() {
            return exitCode == 0 && !timedOut;
        }

        /** The tool's own words, for error messages. */
        public String message() {
            String s = stderr.isBlank() ? stdout : stderr;
            return s.strip();
        }
    }

    private Cmd() {
    }

    public static Result run(List<String> argv, Duration timeout) {
        return run(argv, null, timeout);
    }

    /**
     * @param stdin fed to the command's standard input, which then closes (EOF); null for
     *              /dev/null. A command that exits without reading it all is not an error.
     */
    public static Result run(List<String> argv, byte[] stdin, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(argv);
        if (stdin == null) {
            pb.redirectInput(DEV_NULL);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw RuntimeError.failure("cannot run " + argv.get(0) + ": " + e.getMessage(), e);
        }
        Drain out = new Drain(p.getInputStream());
        Drain err = new Drain(p.getErrorStream());
        out.start();
        err.start();
        if (stdin != null) {
            feed(p, stdin);
        }
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                // SIGTERM first: runc exec forwards it to the process in the container, while a
                // SIGKILL of runc would orphan that process inside.
                p.destroy();
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(5, TimeUnit.SECONDS);
                }
            }
            // A daemon started by the command may hold the pipes open forever: give the readers a
            // short, bounded time after exit and take what they have.
            out.join(500);
            err.join(500);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw RuntimeError.failure("interrupted while running " + argv.get(0));
        }
        return new Result(finished ? p.exitValue() : -1, out.text(), err.text(), !finished);
    }

    /** On a thread of its own: a command that does not read would block us on a full pipe. */
    private static void feed(Process p, byte[] stdin) {
        Thread t = new Thread(() -> {
            try (OutputStream to = p.getOutputStream()) {
                to.write(stdin);
            } catch (IOException ignored) {
                // the command closed its input or exited before reading everything: its business
            }
        }, "cmd-stdin");
        t.setDaemon(true);
        t.start();
    }

    /** Runs and throws RUNTIME_FAILURE with the tool's message when it fails. */
    public static Result check(Duration timeout, String... argv) {
        Result r = run(List.of(argv), timeout);
        if (!r.ok()) {
            throw RuntimeError.failure(String.join(" ", argv) + " failed"
                    + (r.timedOut() ? " (timed out)" : " (exit " + r.exitCode() + ")") + ": " + r.message());
        }
        return r;
    }

    public static Result check(String... argv) {
        return check(Duration.ofSeconds(30), argv);
    }

    /** Runs, ignoring failure: for clean-up paths that must go on. */
    public static Result quiet(String... argv) {
        try {
            return run(List.of(argv), Duration.ofSeconds(30));
        } catch (RuntimeError e) {
            return new Result(-1, "", e.getMessage(), false);
        }
    }

    /** Runs with stdio all /dev/null (for `runc run -d`: the container inherits it). */
    public static int runDetached(List<String> argv, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(argv)
                .redirectInput(DEV_NULL).redirectOutput(DEV_NULL).redirectError(DEV_NULL);
        try {
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw RuntimeError.failure("cannot run " + argv.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RuntimeError.failure("interrupted while running " + argv.get(0));
        }
    }

    public static List<String> argv(String... parts) {
        return new ArrayList<>(List.of(parts));
    }

    private static final class Drain extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        Drain(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] b = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(b)) > 0) {
                    synchronized (buf) {
                        int room = MAX_OUTPUT - buf.size();
                        if (room > 0) {
                            buf.write(b, 0, Math.min(room, n));
                        }
                    }
                }
            } catch (IOException ignored) {
                // stream closed under us: keep what was read
            }
        }

        String text() {
            synchronized (buf) {
                return buf.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
