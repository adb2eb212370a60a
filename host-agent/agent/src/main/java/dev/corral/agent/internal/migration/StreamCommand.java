package dev.corral.agent.internal.migration;

import dev.corral.agent.internal.NamedThreads;
import dev.corral.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exec request that moves bytes (a checkpoint file) on its own thread: SSHD calls
 * {@link #start} on an I/O thread, which must not block.
 */
abstract class StreamCommand implements Command {

    private static final Logger LOG = LoggerFactory.getLogger(StreamCommand.class);
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(new NamedThreads("corral-transfer"));

    /** A failure to report on stderr, with exit status {@link Protocol#ENTER_FAILED}. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    protected InputStream in;
    protected OutputStream out;
    protected OutputStream err;
    private ExitCallback exit;
    protected volatile boolean destroyed;

    /** Does the work; returns normally for exit status 0. */
    protected abstract void run() throws Refused, IOException;

    /** Undoes what {@link #run} left when it did not finish. */
    protected void cleanUp() {
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        THREADS.execute(() -> {
            try {
                run();
                out.flush();
                err.flush();
                exit.onExit(0);
            } catch (Refused | IOException | RuntimeException e) {
                cleanUp();
                String message = Failures.message(e);
                LOG.info("{} failed: {}", getClass().getSimpleName(), message);
                try {
                    err.write(("corral-agent: " + message + "\n").getBytes(StandardCharsets.UTF_8));
                    err.flush();
                } catch (IOException gone) {
                    // the client is gone; nothing to tell
                }
                exit.onExit(Protocol.ENTER_FAILED, message);
            }
        });
    }

    @Override
    public void destroy(ChannelSession channel) {
        destroyed = true;
        try {
            in.close();
        } catch (IOException e) {
            // closing only to unblock the reader
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
