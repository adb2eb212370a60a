package dev.corral.ui.internal.migration;

import dev.corral.protocol.CheckpointInfo;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Labels;
import dev.corral.ui.internal.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Lists a container's checkpoints, newest first, and lets the operator pick one to restore. */
public final class RestoreDialog extends Dialog {

    public static final String SHELL_ID = "restoreContainer.dialog"; //$NON-NLS-1$
    public static final String TABLE_ID = "restoreContainer.checkpoints"; //$NON-NLS-1$

    private final String container;
    private final List<CheckpointInfo> checkpoints;
    private TableViewer viewer;
    private String chosen;

    private RestoreDialog(Shell parent, String container, List<CheckpointInfo> checkpoints) {
        super(parent);
        this.container = container;
        List<CheckpointInfo> newestFirst = new ArrayList<>(checkpoints);
        Collections.reverse(newestFirst);
        this.checkpoints = newestFirst;
    }

    /** The id of the checkpoint chosen, or null (cancelled, or none to choose from). */
    public static String choose(Shell parent, String container, List<CheckpointInfo> checkpoints) {
        if (checkpoints.isEmpty()) {
            MessageDialog.openInformation(parent, Messages.RestoreDialog_title,
                    NLS.bind(Messages.RestoreDialog_none, container));
            return null;
        }
        RestoreDialog dialog = new RestoreDialog(parent, container, checkpoints);
        return dialog.open() == OK ? dialog.chosen : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.RestoreDialog_title);
        shell.setData(CorralUi.WIDGET_ID_KEY, SHELL_ID);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(NLS.bind(Messages.RestoreDialog_message, container));
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(label);
        viewer = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setData(CorralUi.WIDGET_ID_KEY, TABLE_ID);
        viewer.getTable().setHeaderVisible(true);
        column(Messages.RestoreDialog_columnCreated, 190, CheckpointInfo::created);
        column(Messages.RestoreDialog_columnId, 150, CheckpointInfo::id);
        column(Messages.RestoreDialog_columnSize, 90, c -> Labels.bytes(c.sizeBytes()));
        column(Messages.RestoreDialog_columnFrozen, 90, c -> NLS.bind(Messages.RestoreDialog_millis, c.frozenMillis()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(checkpoints);
        viewer.addSelectionChangedListener(e -> updateOk());
        viewer.addDoubleClickListener(e -> {
            if (!viewer.getStructuredSelection().isEmpty()) {
                okPressed();
            }
        });
        viewer.setSelection(new StructuredSelection(checkpoints.get(0)));
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(viewer.getControl());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.RestoreDialog_restore, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateOk();
    }

    private void updateOk() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!viewer.getStructuredSelection().isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        if (viewer.getStructuredSelection().getFirstElement() instanceof CheckpointInfo c) {
            chosen = c.id();
        }
        super.okPressed();
    }

    private void column(String title, int width, Function<CheckpointInfo, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = element instanceof CheckpointInfo c ? text.apply(c) : null;
                return s == null ? "" : s; //$NON-NLS-1$
            }
        });
    }
}
