package dev.corral.agent.internal.shell;

import dev.corral.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** An exec request the agent refuses: the reason on stderr, exit status {@link Protocol#ENTER_FAILED}. */
final class FailedCommand implements Command {

    private final String message;
    private OutputStream err;
    private ExitCallback exit;

    FailedCommand(String message) {
        this.message = message;
    }

    /** Also used by a shell that cannot start. */
    static void fail(OutputStream err, ExitCallback exit, String message) {
        try {
            // \r\n: the client's terminal may be in raw mode already
            err.write(("corral-agent: " + message + "\r\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // the client is gone; nothing to tell
        }
        exit.onExit(Protocol.ENTER_FAILED, message);
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        fail(err, exit, message);
    }

    @Override
    public void destroy(ChannelSession channel) {
        // nothing runs
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(InputStream in) {
        // nothing is read
    }

    @Override
    public void setOutputStream(OutputStream out) {
        // nothing is written but the reason, on stderr
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }
}
