package dev.corral.ui.internal.migration;

import dev.corral.core.migration.PrecheckReport;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The confirmation before a migration: each precheck with its outcome. When a live migration is
 * impossible it says why, and a restart migration (the container stops and starts again on the
 * destination) is offered only as a separate, explicit choice.
 */
public final class MigrationDialog extends TitleAreaDialog {

    public static final String SHELL_ID = "migration.confirm"; //$NON-NLS-1$
    public static final String RESTART_ID = "migration.restart"; //$NON-NLS-1$
    public static final String CHECKS_ID = "migration.checks"; //$NON-NLS-1$

    public enum Choice {
        LIVE, RESTART, CANCEL
    }

    private final PrecheckReport report;
    private Button restart;
    private Choice choice = Choice.CANCEL;

    private MigrationDialog(Shell parent, PrecheckReport report) {
        super(parent);
        this.report = report;
    }

    public static Choice open(Shell parent, PrecheckReport report) {
        MigrationDialog dialog = new MigrationDialog(parent, report);
        return dialog.open() == OK ? dialog.choice : Choice.CANCEL;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.MigrationDialog_title);
        shell.setData(CorralUi.WIDGET_ID_KEY, SHELL_ID);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.MigrationDialog_heading,
                new Object[] { report.container(), report.source(), report.destination() }));
        if (report.livePossible()) {
            setMessage(Messages.MigrationDialog_live);
        } else {
            setErrorMessage(NLS.bind(Messages.MigrationDialog_noLive, report.liveRefusal()));
        }
        Composite body = new Composite(area, SWT.NONE);
        body.setData(CorralUi.WIDGET_ID_KEY, CHECKS_ID);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        for (PrecheckReport.Check check : report.checks()) {
            Label mark = new Label(body, SWT.NONE);
            mark.setText(check.passed() ? Messages.MigrationDialog_passed : Messages.MigrationDialog_failed);
            Label text = new Label(body, SWT.WRAP);
            text.setText(check.passed() ? check.what()
                    : NLS.bind(Messages.MigrationDialog_checkProblem, check.what(), check.problem()));
            GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(text);
        }
        if (!report.livePossible()) {
            restart = new Button(body, SWT.CHECK);
            restart.setData(CorralUi.WIDGET_ID_KEY, RESTART_ID);
            restart.setText(Messages.MigrationDialog_restart);
            restart.setEnabled(report.restartPossible());
            GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(restart);
            restart.addListener(SWT.Selection, e -> updateOk());
            if (!report.restartPossible()) {
                Label why = new Label(body, SWT.WRAP);
                why.setText(NLS.bind(Messages.MigrationDialog_noRestart, report.restartRefusal()));
                GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).applyTo(why);
            }
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.MigrationDialog_migrate, report.livePossible());
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, !report.livePossible());
        updateOk();
    }

    private void updateOk() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(report.livePossible() || (restart != null && restart.getSelection()));
        }
    }

    @Override
    protected void okPressed() {
        choice = report.livePossible() ? Choice.LIVE : Choice.RESTART;
        super.okPressed();
    }
}
