package dev.corral.ui.internal;

import dev.corral.core.HostKeyCallback;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Answers core's host-key question with a dialog. Core calls this on the connect job's thread:
 * {@code syncExec} opens the dialog on the display thread without blocking it (no nested event
 * loop), and the job thread waits for the operator's answer; the display thread never waits for
 * the network.
 */
final class HostKeyDialogCallback implements HostKeyCallback {

    private final Display display;

    HostKeyDialogCallback(Display display) {
        this.display = display;
    }

    @Override
    public boolean confirmNewKey(String hostAndPort, String keyType, String fingerprint) {
        if (display.isDisposed() || Display.getCurrent() == display) {
            // never on the display thread: it would have to wait for itself
            return false;
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        try {
            display.syncExec(() -> open(hostAndPort, keyType, fingerprint, answer));
        } catch (SWTException e) {
            return false; // the display went away: nobody can answer
        }
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    private void open(String hostAndPort, String keyType, String fingerprint, CompletableFuture<Boolean> answer) {
        HostKeyDialog dialog = new HostKeyDialog(parentShell(), hostAndPort, keyType, fingerprint);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().addDisposeListener(e -> answer.complete(dialog.trusted()));
    }

    private Shell parentShell() {
        if (PlatformUI.isWorkbenchRunning()) {
            IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
            if (windows.length > 0) {
                return windows[0].getShell();
            }
        }
        return display.getActiveShell();
    }
}
