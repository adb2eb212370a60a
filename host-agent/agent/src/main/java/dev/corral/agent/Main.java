package dev.corral.agent;

import dev.corral.agent.internal.CommandLine;
import dev.corral.agent.internal.HostPort;
import dev.corral.agent.internal.Logging;
import dev.corral.agent.internal.UsageException;
import dev.corral.agent.internal.ssh.HostKey;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/**
 * {@code corral-agent}: runs in the foreground until SIGTERM or SIGINT, logging to stderr.
 * Prints {@code LISTENING host:port} on stdout once it serves, so a parent can wait for it.
 * Exit status: 0 after a clean stop, 1 when it cannot start, 2 for a usage error.
 */
public final class Main {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args, AgentConfig.DEFAULT_CONFIG_FILE);
        } catch (UsageException e) {
            err.println("corral-agent: " + e.getMessage());
            err.println("Try 'corral-agent --help'.");
            return EXIT_USAGE;
        }
        AgentConfig config = commandLine.config();
        switch (commandLine.action()) {
            case HELP:
                out.print(CommandLine.USAGE);
                return EXIT_OK;
            case VERSION:
                out.println("corral-agent " + AgentServer.version());
                return EXIT_OK;
            case PRINT_HOST_KEY:
                Logging.configure("warn");
                return printHostKey(config, out, err);
            default:
                Logging.configure(config.logLevel());
                return serve(config, out, err);
        }
    }

    private static int printHostKey(AgentConfig config, PrintStream out, PrintStream err) {
        try {
            HostKey key = HostKey.loadOrCreate(config.stateDir());
            out.println(key.publicKeyLine());
            out.println(key.fingerprint());
            return EXIT_OK;
        } catch (IOException e) {
            err.println("corral-agent: " + e.getMessage());
            return EXIT_FAILURE;
        }
    }

    private static int serve(AgentConfig config, PrintStream out, PrintStream err) {
        nativeLibrariesIn(config.stateDir().resolve("native"));
        AgentServer server = new AgentServer(config);
        CountDownLatch stop = new CountDownLatch(1);
        Signals.onTermination(stop::countDown);
        // For signals not caught above (SIGHUP, or Signals unavailable): at least close the server.
        Thread hook = new Thread(() -> closeQuietly(server), "corral-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("cannot start: {}", e.toString());
            err.println("corral-agent: cannot start: " + e.getMessage());
            closeQuietly(server);
            return EXIT_FAILURE;
        }
        out.println("LISTENING " + HostPort.format(config.listenHost(), server.port()));
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LoggerFactory.getLogger(Main.class).info("stopping on signal");
        closeQuietly(server);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down; the hook's close is a no-op now.
        }
        return EXIT_OK;
    }

    /**
     * pty4j and JNA unpack their native libraries into /tmp by default, which hardened hosts mount
     * noexec (the load then fails) and where each start would leave a copy. The state directory
     * is the daemon's own; -D settings on the command line still win.
     */
    private static void nativeLibrariesIn(java.nio.file.Path dir) {
        for (String library : new String[] {"pty4j", "jna"}) {
            String key = library + ".tmpdir";
            if (System.getProperty(key) == null) {
                try {
                    // pty4j falls back to /tmp when the directory does not exist
                    System.setProperty(key, java.nio.file.Files.createDirectories(dir.resolve(library)).toString());
                } catch (IOException e) {
                    LoggerFactory.getLogger(Main.class).warn("cannot create {}: {}", dir.resolve(library), e.toString());
                }
            }
        }
    }

    private static void closeQuietly(AgentServer server) {
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(Main.class).warn("error while stopping: {}", e.toString());
        }
    }
}
