package dev.corral.ui.internal.views;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;

/** The operation log. Skeleton: columns only, filled once the core records tasks. */
public class TasksView extends ViewPart {

    public static final String TABLE_WIDGET_ID = "tasks.table"; //$NON-NLS-1$

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.getTable().setData(CorralUi.WIDGET_ID_KEY, TABLE_WIDGET_ID);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        addColumn(Messages.TasksView_columnTitle, 260);
        addColumn(Messages.TasksView_columnHost, 120);
        addColumn(Messages.TasksView_columnState, 90);
        addColumn(Messages.TasksView_columnProgress, 80);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(new Object[0]);
        getSite().setSelectionProvider(viewer);
    }

    private void addColumn(String title, int width) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
