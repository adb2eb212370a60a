package dev.corral.ui.internal.handlers;

import dev.corral.model.Container;
import dev.corral.model.Host;
import java.util.List;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

final class Selections {

    private Selections() {
    }

    /** Under Xvfb without a window manager no shell is active: fall back to the first window. */
    static Shell shell(ExecutionEvent event) {
        Shell active = HandlerUtil.getActiveShell(event);
        if (active != null) {
            return active;
        }
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        return windows.length > 0 ? windows[0].getShell() : null;
    }

    static List<Host> hosts(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection structured)) {
            return List.of();
        }
        return structured.toList().stream().filter(Host.class::isInstance).map(Host.class::cast).toList();
    }

    static List<Container> containers(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection structured)) {
            return List.of();
        }
        return structured.toList().stream().filter(Container.class::isInstance).map(Container.class::cast).toList();
    }

    /** The host the selection points at: a selected host, or the host of a selected container. */
    static Host host(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured) {
            Object first = structured.getFirstElement();
            if (first instanceof Host h) {
                return h;
            }
            if (first instanceof Container c && c.eContainer() instanceof Host h) {
                return h;
            }
        }
        return null;
    }
}
