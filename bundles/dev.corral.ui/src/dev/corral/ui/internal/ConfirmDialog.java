package dev.corral.ui.internal;

import dev.corral.ui.CorralUi;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** A yes/no question whose shell carries an id, so tests can find and answer it. */
public final class ConfirmDialog extends MessageDialog {

    private final String id;

    private ConfirmDialog(Shell parent, String id, String title, String message, String yes) {
        super(parent, title, null, message, MessageDialog.CONFIRM, 1, yes, IDialogConstants.CANCEL_LABEL);
        this.id = id;
    }

    /** True when the operator chose {@code yes}; Cancel is the default button. */
    public static boolean open(Shell parent, String id, String title, String message, String yes) {
        return new ConfirmDialog(parent, id, title, message, yes).open() == 0;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setData(CorralUi.WIDGET_ID_KEY, id);
    }
}
