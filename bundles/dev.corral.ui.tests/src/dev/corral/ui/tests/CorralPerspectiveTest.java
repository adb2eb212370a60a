package dev.corral.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;

import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.views.FleetView;
import dev.corral.ui.internal.views.TasksView;
import dev.corral.ui.tests.swt.SwtDriver;

class CorralPerspectiveTest {

    @Test
    void corralPerspectiveShowsFleetTasksAndProperties() throws WorkbenchException {
        IWorkbench workbench = PlatformUI.getWorkbench();
        // Under Xvfb without a window manager no shell is ever active: take the first window.
        IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
        IWorkbenchPage page = workbench.showPerspective(CorralUi.PERSPECTIVE_ID, window);

        assertEquals(CorralUi.PERSPECTIVE_ID, page.getPerspective().getId());
        assertNotNull(page.findView(CorralUi.FLEET_VIEW_ID), "Fleet view");
        assertNotNull(page.findView(CorralUi.TASKS_VIEW_ID), "Tasks view");
        assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "Properties view");

        SwtDriver driver = SwtDriver.current();
        Tree fleet = driver.findById(window.getShell(), CorralUi.WIDGET_ID_KEY, FleetView.TREE_WIDGET_ID, Tree.class);
        assertEquals(FleetView.COLUMN_MESSAGE + 1, fleet.getColumnCount());
        Table tasks = driver.findById(window.getShell(), CorralUi.WIDGET_ID_KEY, TasksView.TABLE_WIDGET_ID,
                Table.class);
        assertEquals(TasksView.COLUMN_MESSAGE + 1, tasks.getColumnCount());
    }
}
