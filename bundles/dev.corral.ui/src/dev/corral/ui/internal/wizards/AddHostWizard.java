package dev.corral.ui.internal.wizards;

import dev.corral.core.FleetService;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.model.Host;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.Operations;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/** Adds a host to the fleet, then connects it in a job (first contact asks about its key). */
public class AddHostWizard extends Wizard {

    public static final String SHELL_ID = "addHost.dialog"; //$NON-NLS-1$

    private final FleetService fleet;
    private AddHostPage page;
    private Host added;

    public AddHostWizard(FleetService fleet) {
        this.fleet = fleet;
        setWindowTitle(Messages.AddHostWizard_title);
        setNeedsProgressMonitor(false);
    }

    /** The wizard in a dialog; the caller decides whether {@code open()} blocks. */
    public static WizardDialog dialog(Shell parent, FleetService fleet) {
        WizardDialog dialog = new WizardDialog(parent, new AddHostWizard(fleet)) {
            @Override
            protected void configureShell(Shell shell) {
                super.configureShell(shell);
                shell.setData(CorralUi.WIDGET_ID_KEY, SHELL_ID);
            }
        };
        return dialog;
    }

    @Override
    public void addPages() {
        page = new AddHostPage(fleet);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        try {
            added = fleet.addHost(page.spec());
        } catch (CoreException e) {
            // e.g. the name was taken meanwhile by a seed or another window
            page.setErrorMessage(e.getStatus().getMessage());
            return false;
        }
        Operations.schedule(fleet, new ConnectHostOperation(fleet, added));
        return true;
    }

    /** The host added by Finish, or null. */
    public Host getAddedHost() {
        return added;
    }
}
