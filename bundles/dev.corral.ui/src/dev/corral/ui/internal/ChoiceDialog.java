package dev.corral.ui.internal;

import dev.corral.ui.CorralUi;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** A question with several answers (the last one is Cancel); its shell carries an id for tests. */
public final class ChoiceDialog extends MessageDialog {

    private final String id;

    private ChoiceDialog(Shell parent, String id, String title, String message, int defaultIndex, String... labels) {
        super(parent, title, null, message, MessageDialog.QUESTION, defaultIndex, labels);
        this.id = id;
    }

    /** The index of the answer chosen, -1 when the dialog was closed without one. */
    public static int open(Shell parent, String id, String title, String message, int defaultIndex, String... labels) {
        int answer = new ChoiceDialog(parent, id, title, message, defaultIndex, labels).open();
        return answer < 0 || answer >= labels.length ? -1 : answer;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setData(CorralUi.WIDGET_ID_KEY, id);
    }
}
