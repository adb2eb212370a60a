package dev.corral.ui.internal;

import dev.corral.core.FleetService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps a viewer in step with a model subtree. Notifications arrive on whatever thread changed the
 * model (with the model lock held, see {@link FleetService}); they are collected and applied in one
 * {@code asyncExec}: a change to the root's list refreshes the viewer, a change to an element's
 * list of contained children refreshes that element, any other change updates only the element it
 * belongs to.
 */
public final class ModelRefresher extends EContentAdapter {

    private final FleetService fleet;
    private final EObject root;
    private final StructuredViewer viewer;
    private final Function<Object, Object> elementOf;
    private final Consumer<Set<Object>> afterUpdate;
    private final Set<Object> dirty = new LinkedHashSet<>(); // guarded by this
    private final Set<Object> restructured = new LinkedHashSet<>(); // guarded by this
    private Consumer<Set<Object>> afterRefresh = s -> {
    };
    private boolean structural; // guarded by this
    private boolean scheduled; // guarded by this

    /**
     * @param elementOf maps a changed model object to the viewer element showing it, or null
     * @param afterUpdate told (on the display thread) which elements were updated
     */
    public ModelRefresher(FleetService fleet, EObject root, StructuredViewer viewer, Function<Object, Object> elementOf,
            Consumer<Set<Object>> afterUpdate) {
        this.fleet = fleet;
        this.root = root;
        this.viewer = viewer;
        this.elementOf = elementOf;
        this.afterUpdate = afterUpdate;
    }

    public void attach() {
        fleet.modify(() -> root.eAdapters().add(this));
        viewer.getControl().addDisposeListener(e -> fleet.modify(() -> root.eAdapters().remove(this)));
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch()) {
            return;
        }
        Object notifier = notification.getNotifier();
        Object element = notifier == root ? null : elementOf.apply(notifier);
        boolean children = notification.getFeature() instanceof EReference ref && ref.isContainment() && ref.isMany();
        synchronized (this) {
            if (notifier == root) {
                structural = true;
            } else if (element != null && children && element == notifier) {
                restructured.add(element); // its children in the viewer changed
            } else if (element != null) {
                dirty.add(element);
            }
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        Display display = viewer.getControl().isDisposed() ? null : viewer.getControl().getDisplay();
        if (display != null && !display.isDisposed()) {
            display.asyncExec(this::flush);
        }
    }

    private void flush() {
        Set<Object> elements;
        Set<Object> parents;
        boolean all;
        synchronized (this) {
            elements = new LinkedHashSet<>(dirty);
            parents = new LinkedHashSet<>(restructured);
            all = structural;
            dirty.clear();
            restructured.clear();
            structural = false;
            scheduled = false;
        }
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (all) {
            viewer.refresh();
        } else {
            parents.forEach(viewer::refresh);
            elements.removeAll(parents);
            viewer.update(elements.toArray(), null);
        }
        if (!parents.isEmpty()) {
            afterRefresh.accept(parents);
        }
        elements.addAll(parents);
        afterUpdate.accept(elements);
    }

    /** Told (on the display thread) which elements were refreshed because their children changed. */
    public ModelRefresher onRefresh(Consumer<Set<Object>> listener) {
        afterRefresh = listener;
        return this;
    }

    /** The nearest container of {@code notifier} (itself included) that is an instance of {@code type}. */
    public static Object enclosing(Object notifier, Class<?> type) {
        Object o = notifier;
        while (o instanceof EObject e) {
            if (type.isInstance(e)) {
                return e;
            }
            o = e.eContainer();
        }
        return null;
    }
}
