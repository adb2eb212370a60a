package dev.corral.ui.internal.views;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import dev.corral.ui.CorralUi;

/** Hosts and their containers. Skeleton: the tree has no input until the core provides one. */
public class FleetView extends ViewPart {

    public static final String TREE_WIDGET_ID = "fleet.tree"; //$NON-NLS-1$

    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.getTree().setData(CorralUi.WIDGET_ID_KEY, TREE_WIDGET_ID);
        viewer.setContentProvider(new EmptyTreeContent());
        // The Properties view follows whatever is selected here.
        getSite().setSelectionProvider(viewer);
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    private static final class EmptyTreeContent implements ITreeContentProvider {
        private static final Object[] NONE = new Object[0];

        @Override
        public Object[] getElements(Object input) {
            return NONE;
        }

        @Override
        public Object[] getChildren(Object parent) {
            return NONE;
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return false;
        }
    }
}
