package dev.corral.ui.internal.handlers;

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
}
