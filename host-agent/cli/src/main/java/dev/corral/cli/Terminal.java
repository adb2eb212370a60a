package dev.corral.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The local terminal for {@code enter}, through stty on /dev/tty (Java has no terminal API):
 * its size, raw mode while the remote shell owns it, and the old settings back afterwards, also
 * when the JVM is stopped by a signal. When stdin is no terminal nothing is changed and the
 * remote shell gets a default-sized one.
 */
final class Terminal {

    private static final File TTY = new File("/dev/tty");
    static final int DEFAULT_COLUMNS = 80;
    static final int DEFAULT_ROWS = 24;

    private final boolean interactive;
    private String saved;
    private Thread restoreHook;

    private Terminal(boolean interactive) {
        this.interactive = interactive;
    }

    /** Probes whether our stdin is a terminal: asked of a child that inherits it. */
    static Terminal open() {
        boolean tty = TTY.exists() && run(List.of("sh", "-c", "[ -t 0 ]"), true) != null;
        return new Terminal(tty);
    }

    boolean interactive() {
        return interactive;
    }

    /** The TERM to announce: ours, or "dumb" when stdin is no terminal. */
    String type() {
        String term = System.getenv("TERM");
        return interactive && term != null && !term.isBlank() ? term : "dumb";
    }

    /** {columns, rows} */
    int[] size() {
        if (interactive) {
            String s = stty("size");
            if (s != null) {
                String[] parts = s.strip().split("\\s+");
                if (parts.length == 2) {
                    try {
                        return new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[0])};
                    } catch (NumberFormatException e) {
                        // fall through to the default
                    }
                }
            }
        }
        return new int[] {DEFAULT_COLUMNS, DEFAULT_ROWS};
    }

    /** Keys go to the remote shell as typed: no local echo, no line editing, Ctrl-C as a byte. */
    void raw() {
        if (!interactive) {
            return;
        }
        saved = stty("-g");
        if (saved == null) {
            return;
        }
        saved = saved.strip();
        restoreHook = new Thread(this::restore, "corralctl-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreHook);
        stty("raw", "-echo");
    }

    synchronized void restore() {
        if (saved != null) {
            stty(saved);
            saved = null;
        }
    }

    /** Removes the shutdown hook once restored normally. */
    void close() {
        restore();
        if (restoreHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(restoreHook);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs and finds nothing to do
            }
        }
    }

    /** Calls {@code listener(columns, rows)} when the terminal is resized (SIGWINCH), where the JVM lets us. */
    @SuppressWarnings("restriction")
    void onResize(BiConsumer<Integer, Integer> listener) {
        if (!interactive) {
            return;
        }
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), s -> {
                int[] size = size();
                listener.accept(size[0], size[1]);
            });
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // no SIGWINCH here: the remote terminal keeps its first size
        }
    }

    private static String stty(String... args) {
        List<String> argv = new java.util.ArrayList<>(List.of("stty"));
        argv.addAll(List.of(args));
        return run(argv, false);
    }

    /** @return stdout when the command succeeded, else null */
    private static String run(List<String> argv, boolean inheritStdin) {
        try {
            ProcessBuilder pb = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.redirectInput(inheritStdin ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.from(TTY));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
