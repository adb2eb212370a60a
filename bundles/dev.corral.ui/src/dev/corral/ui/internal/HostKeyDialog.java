package dev.corral.ui.internal;

import dev.corral.ui.CorralUi;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/** First contact with a host: shows the key's fingerprint and asks whether to trust it. */
public class HostKeyDialog extends MessageDialog {

    /** Widget id of the dialog's shell and of its two buttons, for UI tests. */
    public static final String SHELL_ID = "hostKey.dialog"; //$NON-NLS-1$
    public static final String TRUST_ID = "hostKey.trust"; //$NON-NLS-1$
    public static final String REJECT_ID = "hostKey.reject"; //$NON-NLS-1$

    /** Button ids are their positions: MessageDialog returns the pressed one's. */
    private static final int TRUST = 0;

    public HostKeyDialog(Shell parent, String hostAndPort, String keyType, String fingerprint) {
        // Reject is the default button: pressing Enter without reading must not trust a key.
        super(parent, Messages.HostKeyDialog_title, null,
                NLS.bind(Messages.HostKeyDialog_message, new Object[] { hostAndPort, keyType, fingerprint }),
                MessageDialog.QUESTION, 1, Messages.HostKeyDialog_trust, Messages.HostKeyDialog_reject);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setData(CorralUi.WIDGET_ID_KEY, SHELL_ID);
    }

    @Override
    protected Button createButton(org.eclipse.swt.widgets.Composite parent, int id, String label,
            boolean defaultButton) {
        Button button = super.createButton(parent, id, label, defaultButton);
        button.setData(CorralUi.WIDGET_ID_KEY, id == TRUST ? TRUST_ID : REJECT_ID);
        return button;
    }

    /** True when the operator chose to trust the key. */
    public boolean trusted() {
        return getReturnCode() == TRUST;
    }
}
