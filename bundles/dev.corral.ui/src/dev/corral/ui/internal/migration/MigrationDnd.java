package dev.corral.ui.internal.migration;

import dev.corral.model.Container;
import dev.corral.model.Host;
import java.util.function.Consumer;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drag a container from the fleet tree and drop it on another host: the drag carries the
 * selection in-process ({@link LocalSelectionTransfer}); only connected hosts other than the
 * container's accept it, and while hovering any other host the reason shows in the status line.
 * A drop that was refused is explained when the drag ends.
 */
public final class MigrationDnd {

    private MigrationDnd() {
    }

    /** @param status shows a refusal while hovering (null clears it) */
    public static DropAdapter install(TreeViewer viewer, MigrationDrop drop, Consumer<String> status) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        DropAdapter adapter = new DropAdapter(viewer, drop, status);
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragListener(viewer, drop, status));
        viewer.addDropSupport(DND.DROP_MOVE, transfers, adapter);
        return adapter;
    }

    private static final class DragListener extends DragSourceAdapter {

        private final TreeViewer viewer;
        private final MigrationDrop drop;
        private final Consumer<String> status;

        DragListener(TreeViewer viewer, MigrationDrop drop, Consumer<String> status) {
            this.viewer = viewer;
            this.drop = drop;
            this.status = status;
        }

        @Override
        public void dragStart(DragSourceEvent event) {
            ISelection selection = viewer.getSelection();
            event.doit = MigrationDrop.dragged(selection) != null;
            if (event.doit) {
                LocalSelectionTransfer.getTransfer().setSelection(selection);
                LocalSelectionTransfer.getTransfer().setSelectionSetTime(event.time & 0xFFFFFFFFL);
            }
        }

        @Override
        public void dragSetData(DragSourceEvent event) {
            event.data = LocalSelectionTransfer.getTransfer().getSelection();
        }

        @Override
        public void dragFinished(DragSourceEvent event) {
            ISelection dragged = LocalSelectionTransfer.getTransfer().getSelection();
            LocalSelectionTransfer.getTransfer().setSelection(null);
            status.accept(null);
            if (event.detail != DND.DROP_NONE) {
                return;
            }
            // released over a host that refused: say why, now that the drag is over
            Host host = hostUnderCursor(viewer.getTree());
            if (host != null) {
                String refusal = drop.refusal(dragged, host);
                if (refusal != null) {
                    drop.refused(refusal);
                }
            }
        }

        private static Host hostUnderCursor(Tree tree) {
            if (tree.isDisposed() || tree.getDisplay().getCursorControl() != tree) {
                return null;
            }
            Point p = tree.toControl(tree.getDisplay().getCursorLocation());
            TreeItem item = tree.getItem(p);
            return item != null && item.getData() instanceof Host h ? h : null;
        }
    }

    /** Accepts a container only on a host it can migrate to. */
    public static final class DropAdapter extends ViewerDropAdapter {

        private final MigrationDrop drop;
        private final Consumer<String> status;

        DropAdapter(TreeViewer viewer, MigrationDrop drop, Consumer<String> status) {
            super(viewer);
            this.drop = drop;
            this.status = status;
            setFeedbackEnabled(false); // select the host: there is no "between hosts"
            setScrollExpandEnabled(true);
        }

        @Override
        public boolean validateDrop(Object target, int operation, TransferData transferType) {
            if (!LocalSelectionTransfer.getTransfer().isSupportedType(transferType)) {
                return false;
            }
            String refusal = drop.refusal(LocalSelectionTransfer.getTransfer().getSelection(), target);
            status.accept(target instanceof Host ? refusal : null);
            return refusal == null;
        }

        @Override
        public boolean performDrop(Object data) {
            Container container = MigrationDrop.dragged(LocalSelectionTransfer.getTransfer().getSelection());
            if (container == null || !(getCurrentTarget() instanceof Host destination)) {
                return false;
            }
            drop.drop(container, destination);
            return true;
        }
    }
}
