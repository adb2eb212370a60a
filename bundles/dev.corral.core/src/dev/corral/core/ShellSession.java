package dev.corral.core;

import dev.corral.core.client.Waits;
import dev.corral.core.internal.Messages;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.session.ClientSession;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * An interactive shell in a container: an SSH {@code exec} channel running the agent's
 * {@link Protocol#ENTER_COMMAND} on a pseudo-terminal, opened on the host's existing session (no
 * second login). Output merges the shell's stdout and stderr, as a terminal shows them; the
 * agent's reason for refusing (container not running) arrives the same way.
 */
public final class ShellSession implements AutoCloseable {

    /** The terminal type announced in the pty request; the console's widget emulates it. */
    public static final String TERM = "xterm"; //$NON-NLS-1$

    private final ChannelExec channel;

    private ShellSession(ChannelExec channel) {
        this.channel = channel;
    }

    /** Opens a shell of {@code columns} x {@code rows} in the container; call from a job. */
    public static ShellSession open(FleetService fleet, Container container, int columns, int rows,
            IProgressMonitor monitor) throws CoreException {
        Host host = fleet.read(() -> (Host) container.eContainer());
        String name = fleet.read(container::getName);
        if (host == null) {
            throw CorralCore.exception(StatusCodes.GENERIC, NLS.bind(Messages.ShellSession_gone, name), null);
        }
        String hostName = fleet.read(host::getName);
        ClientSession session = fleet.getConnection(host).getSession();
        if (session == null) {
            throw CorralCore.exception(StatusCodes.CONNECTION_LOST,
                    NLS.bind(Messages.HostConnection_notConnected, hostName), null);
        }
        ChannelExec channel = null;
        try {
            channel = session.createExecChannel(Protocol.enterCommand(name));
            channel.setUsePty(true);
            channel.setPtyType(TERM);
            channel.setPtyColumns(Math.max(columns, 1));
            channel.setPtyLines(Math.max(rows, 1));
            channel.setRedirectErrorStream(true);
            CompletableFuture<Void> opened = new CompletableFuture<>();
            channel.open().addListener(f -> {
                if (f.isOpened()) {
                    opened.complete(null);
                } else {
                    opened.completeExceptionally(failure(name, hostName, f.getException()));
                }
            });
            Waits.await(opened, fleet.getSettings().getRequestTimeout(), monitor, hostName);
            return new ShellSession(channel);
        } catch (IOException e) {
            close(channel);
            throw failure(name, hostName, e);
        } catch (CoreException | OperationCanceledException e) {
            close(channel);
            throw e;
        }
    }

    private static CoreException failure(String name, String hostName, Throwable cause) {
        String why = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        return CorralCore.exception(StatusCodes.UNREACHABLE,
                NLS.bind(Messages.ShellSession_openFailed, new Object[] { name, hostName, why }), cause);
    }

    /** What the shell writes (stdout and stderr merged). */
    public InputStream getOutput() {
        return channel.getInvertedOut();
    }

    /** What the operator types. */
    public OutputStream getInput() {
        return channel.getInvertedIn();
    }

    /** Tells the shell its terminal's new size (SSH window-change). */
    public void resize(int columns, int rows) {
        if (columns <= 0 || rows <= 0 || !channel.isOpen()) {
            return;
        }
        try {
            channel.sendWindowChange(columns, rows);
        } catch (IOException e) {
            // the channel is closing: the size no longer matters
        }
    }

    public boolean isOpen() {
        return channel.isOpen() && !channel.isClosing();
    }

    /** The shell's exit code once the channel closed; null before, or when the agent sent none. */
    public Integer getExitStatus() {
        return channel.getExitStatus();
    }

    /** Runs {@code listener} once the channel is closed, by either side. */
    public void onClosed(Runnable listener) {
        channel.addCloseFutureListener(f -> listener.run());
    }

    /** Closes the channel; the agent ends the shell. */
    @Override
    public void close() {
        close(channel);
    }

    private static void close(ChannelExec channel) {
        if (channel != null) {
            channel.close(false);
        }
    }
}
