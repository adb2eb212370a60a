package dev.corral.ui.internal.terminal;

import dev.corral.core.FleetService;
import dev.corral.core.ShellSession;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.FleetAccess;
import dev.corral.ui.internal.Messages;
import java.nio.charset.StandardCharsets;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.tm.internal.terminal.connector.TerminalConnector;
import org.eclipse.tm.internal.terminal.control.ITerminalListener;
import org.eclipse.tm.internal.terminal.control.ITerminalViewControl;
import org.eclipse.tm.internal.terminal.control.TerminalViewControlFactory;
import org.eclipse.tm.internal.terminal.provisional.api.ITerminalConnector;
import org.eclipse.tm.internal.terminal.provisional.api.TerminalState;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * A shell in one container, one view per container (the secondary id names it). The widget is
 * the TM terminal control with a {@link ShellConnector}; closing the view closes the channel.
 */
public class TerminalView extends ViewPart {

    public static final String WIDGET_ID = "terminal.control"; //$NON-NLS-1$

    private Composite parent;
    private ITerminalViewControl control;
    private ShellConnector connector;
    private Container container;

    /** Shows the container's terminal, connecting it unless it already runs a shell. */
    public static TerminalView open(IWorkbenchPage page, Container container) throws PartInitException {
        FleetService fleet = FleetAccess.peek();
        String id = fleet == null ? null : fleet.read(() -> secondaryId(container));
        IViewPart part = page.showView(CorralUi.TERMINAL_VIEW_ID, id, IWorkbenchPage.VIEW_ACTIVATE);
        TerminalView view = (TerminalView) part;
        if (fleet != null && !view.isConnectedTo(container)) {
            view.connect(fleet, container);
        }
        return view;
    }

    /** name@host: unique per container, and free of ':' which view ids reserve. */
    private static String secondaryId(Container container) {
        String host = container.eContainer() instanceof Host h ? h.getName() : "?"; //$NON-NLS-1$
        return (container.getName() + "@" + host).replace(':', '_'); //$NON-NLS-1$
    }

    @Override
    public void createPartControl(Composite composite) {
        parent = composite;
        parent.setLayout(new FillLayout());
    }

    private boolean isConnectedTo(Container c) {
        return container == c && control != null && !control.isDisposed()
                && control.getState() != TerminalState.CLOSED;
    }

    /** Replaces any previous (closed) terminal with a new shell in {@code c}. */
    public void connect(FleetService fleet, Container c) {
        disposeControl();
        container = c;
        connector = new ShellConnector(fleet, c);
        ShellConnector impl = connector;
        ITerminalConnector wrapped = new TerminalConnector(() -> impl, "dev.corral.ui.shell", //$NON-NLS-1$
                Messages.TerminalView_connectorName, false);
        control = TerminalViewControlFactory.makeControl(new Listener(parent.getDisplay()), parent,
                new ITerminalConnector[] { wrapped }, false);
        control.setCharset(StandardCharsets.UTF_8);
        control.getControl().setData(CorralUi.WIDGET_ID_KEY, WIDGET_ID);
        control.setConnector(wrapped);
        setPartName(impl.title());
        setTitleToolTip(NLS.bind(Messages.TerminalView_tooltip, impl.title()));
        parent.layout(true, true);
        control.connectTerminal();
        control.setFocus();
    }

    /** Updates the title from the widget's state, which changes on job and reader threads. */
    private final class Listener implements ITerminalListener {

        private final Display display;

        Listener(Display display) {
            this.display = display;
        }

        @Override
        public void setState(TerminalState state) {
            display.asyncExec(() -> {
                if (parent.isDisposed() || connector == null) {
                    return;
                }
                setContentDescription(state == TerminalState.CONNECTED ? "" //$NON-NLS-1$
                        : state == TerminalState.CONNECTING ? Messages.TerminalView_connecting
                                : Messages.TerminalView_stateClosed);
            });
        }

        @Override
        public void setTerminalTitle(String title) {
            // the shell's own title requests (OSC 0) would hide which container this is
        }
    }

    /** The widget, for tests (its text: selectAll, getSelection). */
    public ITerminalViewControl getControl() {
        return control;
    }

    /** The shell's state as the widget sees it; CLOSED before connect. */
    public TerminalState getState() {
        return control == null || control.isDisposed() ? TerminalState.CLOSED : control.getState();
    }

    /** The open shell channel, or null (before it opened, after it closed). */
    public ShellSession getShell() {
        ShellConnector c = connector;
        return c == null ? null : c.shell();
    }

    private void disposeControl() {
        if (connector != null) {
            connector.close(); // tells the reader not to touch the widget once the channel ends
        }
        if (control != null && !control.isDisposed()) {
            control.disposeTerminal(); // stops the widget's own reader job
        }
        control = null;
        connector = null;
        if (parent != null && !parent.isDisposed()) {
            for (var child : parent.getChildren()) {
                child.dispose();
            }
        }
    }

    @Override
    public void setFocus() {
        if (control != null && !control.isDisposed()) {
            control.setFocus();
        } else {
            parent.setFocus();
        }
    }

    @Override
    public void dispose() {
        disposeControl();
        super.dispose();
    }
}
