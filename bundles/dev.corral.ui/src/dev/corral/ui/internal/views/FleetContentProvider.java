package dev.corral.ui.internal.views;

import dev.corral.core.FleetService;
import dev.corral.model.Inventory;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Inventory → hosts. Lists are copied under the model lock: agents change them from other threads. */
final class FleetContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    private final FleetService fleet;

    FleetContentProvider(FleetService fleet) {
        this.fleet = fleet;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Inventory inventory ? fleet.read(() -> inventory.getHosts().toArray()) : NONE;
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
