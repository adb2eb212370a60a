package dev.corral.ui.internal.migration;

import dev.corral.core.migration.PrecheckReport;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The confirmation before a migration: each precheck with its outcome, and how to migrate: live
 * (the default), live with post-copy (for large memory: it runs on the destination before its
 * memory has moved), or restart (stop, copy, start there). A way the prechecks rule out is shown
 * disabled with the reason. When a live migration is impossible the dialog says why and offers the
 * restart migration, which the operator must pick explicitly (the container's processes and
 * connections are lost).
 */
public final class MigrationDialog extends TitleAreaDialog {

    public static final String SHELL_ID = "migration.confirm"; //$NON-NLS-1$
    public static final String LIVE_ID = "migration.live"; //$NON-NLS-1$
    public static final String POST_COPY_ID = "migration.postCopy"; //$NON-NLS-1$
    public static final String RESTART_ID = "migration.restart"; //$NON-NLS-1$
    public static final String CHECKS_ID = "migration.checks"; //$NON-NLS-1$

    public enum Choice {
        LIVE, POST_COPY, RESTART, CANCEL
    }

    private final PrecheckReport report;
    private final Map<Choice, Button> modes = new EnumMap<>(Choice.class);
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
        Group how = new Group(body, SWT.NONE);
        how.setText(Messages.MigrationDialog_how);
        GridLayoutFactory.swtDefaults().applyTo(how);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).grab(true, false).applyTo(how);
        mode(how, Choice.LIVE, LIVE_ID, Messages.MigrationDialog_modeLive, Messages.MigrationDialog_modeLiveText,
                report.liveRefusal());
        mode(how, Choice.POST_COPY, POST_COPY_ID, Messages.MigrationDialog_modePostCopy,
                Messages.MigrationDialog_modePostCopyText, report.livePossible() ? report.postCopyRefusal() : null);
        mode(how, Choice.RESTART, RESTART_ID, Messages.MigrationDialog_restart, Messages.MigrationDialog_restartText,
                report.restartRefusal());
        if (!report.livePossible() && !report.restartPossible()) {
            Label why = new Label(how, SWT.WRAP);
            why.setText(NLS.bind(Messages.MigrationDialog_noRestart, report.restartRefusal()));
            GridDataFactory.fillDefaults().hint(480, SWT.DEFAULT).applyTo(why);
        }
        // live is the default; without it nothing is chosen for the operator
        modes.get(Choice.LIVE).setSelection(report.livePossible());
        return area;
    }

    /**
     * One way to migrate: a radio button with what it does below it (a radio's own text does not
     * wrap), disabled with the reason when the prechecks rule it out.
     */
    private void mode(Composite parent, Choice which, String id, String text, String explanation, String refusal) {
        Button b = new Button(parent, SWT.RADIO);
        b.setData(CorralUi.WIDGET_ID_KEY, id);
        b.setText(text);
        b.setEnabled(refusal == null && (which == Choice.RESTART || report.livePossible()));
        b.addListener(SWT.Selection, e -> {
            if (b.getSelection()) {
                // one way at a time, also when selected programmatically (SWT unselects siblings only on clicks)
                modes.values().stream().filter(other -> other != b).forEach(other -> other.setSelection(false));
            }
            updateOk();
        });
        Label what = new Label(parent, SWT.WRAP);
        boolean sayWhyNot = refusal != null && which != Choice.LIVE && report.livePossible();
        // live's refusal is the dialog's message, and restart's is said below when neither works
        what.setText(sayWhyNot ? NLS.bind(Messages.MigrationDialog_modeRefused, refusal) : explanation);
        what.setEnabled(b.isEnabled());
        GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).hint(460, SWT.DEFAULT).applyTo(what);
        modes.put(which, b);
    }

    /** The chosen way, or CANCEL while none is. */
    private Choice selected() {
        for (Map.Entry<Choice, Button> e : modes.entrySet()) {
            if (e.getValue().getSelection() && e.getValue().isEnabled()) {
                return e.getKey();
            }
        }
        return Choice.CANCEL;
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
            ok.setEnabled(selected() != Choice.CANCEL);
        }
    }

    @Override
    protected void okPressed() {
        choice = selected();
        super.okPressed();
    }
}
