package dev.corral.ui.internal.views;

import dev.corral.core.FleetService;
import dev.corral.model.Task;
import dev.corral.model.TaskLog;
import dev.corral.model.TaskState;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.FleetAccess;
import dev.corral.ui.internal.Labels;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.ModelRefresher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The operation log, newest first: what ran on which host, how it ended and why. */
public class TasksView extends ViewPart {

    public static final String TABLE_WIDGET_ID = "tasks.table"; //$NON-NLS-1$
    public static final int COLUMN_TITLE = 0;
    public static final int COLUMN_HOST = 1;
    public static final int COLUMN_STATE = 2;
    public static final int COLUMN_START = 3;
    public static final int COLUMN_DURATION = 4;
    public static final int COLUMN_MESSAGE = 5;

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.getTable().setData(CorralUi.WIDGET_ID_KEY, TABLE_WIDGET_ID);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        addColumn(Messages.TasksView_columnTitle, 220, Task::getTitle);
        addColumn(Messages.TasksView_columnHost, 110, Task::getHost);
        addColumn(Messages.TasksView_columnState, 90, t -> Labels.state(t.getState()));
        addColumn(Messages.TasksView_columnStart, 150, t -> Labels.time(t.getStartTime()));
        addColumn(Messages.TasksView_columnDuration, 80, TasksView::duration);
        addColumn(Messages.TasksView_columnMessage, 500, Task::getMessage);
        ColumnViewerToolTipSupport.enableFor(viewer);
        getSite().setSelectionProvider(viewer);
        FleetAccess.whenReady(parent.getDisplay(), this::show);
    }

    private static String duration(Task task) {
        if (task.getState() == TaskState.RUNNING) {
            return Messages.TasksView_running;
        }
        if (task.getStartTime() <= 0 || task.getEndTime() <= 0) {
            // an agent's task found ended whose agent did not say when it ran (older agents), or
            // not when it ended (the agent stopped during it)
            return ""; //$NON-NLS-1$
        }
        return Labels.duration(task.getEndTime() - task.getStartTime());
    }

    private void addColumn(String title, int width, Function<Task, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = element instanceof Task t ? text.apply(t) : null;
                return s == null ? "" : s; //$NON-NLS-1$
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Task t ? t.getMessage() : null;
            }
        });
    }

    private void show(FleetService fleet) {
        if (viewer.getControl().isDisposed() || fleet.getTaskLog() == null) {
            return;
        }
        viewer.setContentProvider(new NewestFirst(fleet));
        new ModelRefresher(fleet, fleet.getTaskLog(), viewer, n -> ModelRefresher.enclosing(n, Task.class), t -> {
        }).attach();
        viewer.setInput(fleet.getTaskLog());
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    private record NewestFirst(FleetService fleet) implements IStructuredContentProvider {
        @Override
        public Object[] getElements(Object input) {
            if (!(input instanceof TaskLog log)) {
                return new Object[0];
            }
            List<Task> tasks = fleet.read(() -> new ArrayList<>(log.getTasks()));
            Collections.reverse(tasks);
            return tasks.toArray();
        }
    }
}
