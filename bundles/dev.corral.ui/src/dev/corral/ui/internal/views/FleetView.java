package dev.corral.ui.internal.views;

import dev.corral.core.FleetService;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.FleetAccess;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.ModelRefresher;
import dev.corral.ui.internal.StateImages;
import dev.corral.ui.internal.migration.MigrationDnd;
import dev.corral.ui.internal.migration.MigrationDrop;
import java.util.Set;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * Hosts with their connection state, and under each its containers with their state and usage;
 * a container dragged onto another host migrates there ({@link MigrationDnd}). The tree follows
 * the model through a {@link ModelRefresher};
 * the Properties view shows the selection through this view's own property page, refreshed when
 * the selected host changes (live metrics).
 */
public class FleetView extends ViewPart {

    public static final String TREE_WIDGET_ID = "fleet.tree"; //$NON-NLS-1$
    /** Column indexes, for tests reading the tree. */
    public static final int COLUMN_NAME = 0;
    public static final int COLUMN_STATE = 1;
    public static final int COLUMN_ADDRESS = 2;
    public static final int COLUMN_USAGE = 3;
    public static final int COLUMN_MESSAGE = 4;

    private TreeViewer viewer;
    private PropertySheetPage propertyPage;
    private FleetService fleet;
    private MigrationDrop migrationDrop;
    private MigrationDnd.DropAdapter dropAdapter;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.getTree().setData(CorralUi.WIDGET_ID_KEY, TREE_WIDGET_ID);
        viewer.getTree().setHeaderVisible(true);
        viewer.setUseHashlookup(true);
        StateImages images = new StateImages(viewer.getTree());
        column(Messages.FleetView_columnName, 170, FleetColumns.NAME, images);
        column(Messages.FleetView_columnState, 90, FleetColumns.STATE, null);
        column(Messages.FleetView_columnAddress, 130, FleetColumns.ADDRESS, null);
        column(Messages.FleetView_columnUsage, 220, FleetColumns.USAGE, null);
        column(Messages.FleetView_columnMessage, 300, FleetColumns.MESSAGE, null);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addDoubleClickListener(e -> connectOnDoubleClick());
        createContextMenu();
        migrationDrop = new MigrationDrop(() -> fleet, () -> getSite().getShell());
        dropAdapter = MigrationDnd.install(viewer, migrationDrop,
                refusal -> getViewSite().getActionBars().getStatusLineManager().setErrorMessage(refusal));
        // The Properties view follows whatever is selected here.
        getSite().setSelectionProvider(viewer);
        FleetAccess.whenReady(parent.getDisplay(), this::show);
    }

    private void column(String title, int width, FleetColumns.Cell cell, StateImages images) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(FleetColumns.provider(this::read, cell, images));
    }

    private Object read(java.util.function.Supplier<Object> reader) {
        return fleet == null ? reader.get() : fleet.read(reader);
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void show(FleetService loaded) {
        if (viewer.getControl().isDisposed() || loaded.getInventory() == null) {
            return;
        }
        fleet = loaded;
        viewer.setContentProvider(new FleetContentProvider(loaded));
        new ModelRefresher(loaded, loaded.getInventory(), viewer, FleetView::elementOf, this::updated)
                .onRefresh(this::expand).attach();
        viewer.setInput(loaded.getInventory());
    }

    /** The row showing a changed model object: its container's, else its host's. */
    private static Object elementOf(Object notifier) {
        Object container = ModelRefresher.enclosing(notifier, Container.class);
        return container != null ? container : ModelRefresher.enclosing(notifier, Host.class);
    }

    /** A host that gained containers shows them: a new container is what the operator looks for. */
    private void expand(Set<Object> parents) {
        for (Object parent : parents) {
            if (parent instanceof Host host && fleet.read(() -> !host.getContainers().isEmpty())) {
                viewer.setExpandedState(host, true);
            }
        }
    }

    private void updated(Set<Object> hosts) {
        if (propertyPage == null || propertyPage.getControl() == null || propertyPage.getControl().isDisposed()) {
            return;
        }
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (hosts.stream().anyMatch(selection.toList()::contains)) {
            propertyPage.refresh();
        }
    }

    private void connectOnDoubleClick() {
        try {
            getSite().getService(IHandlerService.class).executeCommand(CorralUi.CONNECT_COMMAND_ID, null);
        } catch (NotDefinedException | org.eclipse.core.commands.ExecutionException
                | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
            // not enabled for this selection (no host selected): nothing to do
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            if (propertyPage == null || propertyPage.getControl() == null || propertyPage.getControl().isDisposed()) {
                propertyPage = new PropertySheetPage();
            }
            return adapter.cast(propertyPage);
        }
        return super.getAdapter(adapter);
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    /** What dropping a container on a host does (the drop adapter's code path). */
    public MigrationDrop getMigrationDrop() {
        return migrationDrop;
    }

    /** The tree's drop listener, for tests that cannot drive a real drag under Xvfb. */
    public MigrationDnd.DropAdapter getDropAdapter() {
        return dropAdapter;
    }

    /** The fleet shown, or null while it loads. */
    public FleetService getFleet() {
        return fleet;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
