package dev.corral.ui.internal.wizards;

import dev.corral.core.ContainerInput;
import dev.corral.core.FleetService;
import dev.corral.core.operations.CreateContainerOperation;
import dev.corral.model.Host;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.Operations;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/** Creates a container (and by default starts it) in a job; the wizard closes at once. */
public class NewContainerWizard extends Wizard {

    public static final String SHELL_ID = "newContainer.dialog"; //$NON-NLS-1$

    private final FleetService fleet;
    private final Host host;
    private NewContainerPage page;
    private Job job;

    public NewContainerWizard(FleetService fleet, Host host) {
        this.fleet = fleet;
        this.host = host;
        setWindowTitle(Messages.NewContainerWizard_title);
        setNeedsProgressMonitor(false);
    }

    /** The wizard in a dialog; {@code host} (may be null) is preselected. */
    public static WizardDialog dialog(Shell parent, FleetService fleet, Host host) {
        return new WizardDialog(parent, new NewContainerWizard(fleet, host)) {
            @Override
            protected void configureShell(Shell shell) {
                super.configureShell(shell);
                shell.setData(CorralUi.WIDGET_ID_KEY, SHELL_ID);
            }
        };
    }

    @Override
    public void addPages() {
        page = new NewContainerPage(fleet, host);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ContainerInput input = page.input();
        IStatus status = input.validate(fleet);
        if (!status.isOK()) {
            page.setErrorMessage(status.getMessage()); // e.g. the name was taken meanwhile
            return false;
        }
        job = Operations.schedule(fleet,
                new CreateContainerOperation(fleet, input.host(), input.toSpec(), page.startAfterCreate()));
        return true;
    }

    /** The create job Finish scheduled, or null. */
    public Job getJob() {
        return job;
    }
}
