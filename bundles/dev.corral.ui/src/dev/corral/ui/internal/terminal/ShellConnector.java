package dev.corral.ui.internal.terminal;

import dev.corral.core.FleetService;
import dev.corral.core.ShellSession;
import dev.corral.model.Container;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.osgi.util.NLS;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalControl;
import org.eclipse.tm.internal.terminal.provisional.api.TerminalState;
import org.eclipse.tm.internal.terminal.provisional.api.provider.TerminalConnectorImpl;

/**
 * Connects the terminal widget to a shell in a container: opening happens in an operation job
 * ({@link OpenShellOperation}); a reader thread copies the shell's output into the widget; typed
 * keys go straight to the channel; the widget's size goes to the PTY as window-change.
 */
final class ShellConnector extends TerminalConnectorImpl {

    private final FleetService fleet;
    private final Container container;
    private final String title;
    private volatile ShellSession shell;
    private volatile boolean disconnected;
    private volatile int columns = 80;
    private volatile int rows = 24;

    private final OutputStream toShell = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ShellSession s = shell;
            if (s != null && s.isOpen()) {
                OutputStream in = s.getInput();
                in.write(b, off, len);
                in.flush();
            }
        }
    };

    ShellConnector(FleetService fleet, Container container) {
        this.fleet = fleet;
        this.container = container;
        this.title = fleet.read(() -> container.getName() + "@" //$NON-NLS-1$
                + (container.eContainer() instanceof dev.corral.model.Host h ? h.getName() : "?")); //$NON-NLS-1$
    }

    @Override
    public void connect(ITerminalControl control) {
        super.connect(control);
        disconnected = false;
        control.setState(TerminalState.CONNECTING);
        Operations.schedule(fleet, new OpenShellOperation(fleet, container, this));
    }

    /** Called by the opening job with the new shell, or with null when it failed. */
    void opened(ShellSession session, String failure) {
        if (session == null) {
            fControl.displayTextInTerminal(failure);
            fControl.setState(TerminalState.CLOSED);
            return;
        }
        if (disconnected) {
            session.close(); // the view closed while the shell was opening
            return;
        }
        shell = session;
        session.resize(columns, rows); // the widget may have been resized meanwhile
        fControl.setState(TerminalState.CONNECTED);
        Thread reader = new Thread(() -> pump(session), "corral-shell-" + title); //$NON-NLS-1$
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(ShellSession session) {
        byte[] buffer = new byte[8192];
        try (InputStream out = session.getOutput()) {
            OutputStream terminal = fControl.getRemoteToTerminalOutputStream();
            for (int n; (n = out.read(buffer)) >= 0;) {
                terminal.write(buffer, 0, n);
                terminal.flush();
            }
        } catch (IOException e) {
            // the channel closed under us: reported below like a normal end
        }
        session.close();
        if (!disconnected) {
            Integer exit = session.getExitStatus();
            fControl.displayTextInTerminal(exit == null ? Messages.TerminalView_closed
                    : NLS.bind(Messages.TerminalView_exited, exit));
            fControl.setState(TerminalState.CLOSED);
        }
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    /** Closes the channel without touching the widget, which may be going away. */
    void close() {
        disconnected = true; // before the channel ends, so the reader leaves the widget alone
        ShellSession s = shell;
        shell = null;
        if (s != null) {
            s.close();
        }
    }

    @Override
    protected void doDisconnect() {
        close();
        if (fControl != null) {
            fControl.setState(TerminalState.CLOSED);
        }
    }

    @Override
    public OutputStream getTerminalToRemoteStream() {
        return toShell;
    }

    @Override
    public void setTerminalSize(int newColumns, int newRows) {
        columns = newColumns;
        rows = newRows;
        ShellSession s = shell;
        if (s != null) {
            s.resize(newColumns, newRows);
        }
    }

    @Override
    public String getSettingsSummary() {
        return title;
    }

    String title() {
        return title;
    }

    /** The open shell, for tests; null before it opened and after it closed. */
    ShellSession shell() {
        return shell;
    }
}
