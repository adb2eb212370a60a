package dev.corral.ui.internal.views;

import dev.corral.core.FleetService;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.model.Inventory;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Inventory → hosts → containers. Lists are copied under the model lock: agents change them from other threads. */
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
        return parent instanceof Host host ? fleet.read(() -> host.getContainers().toArray()) : NONE;
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof Container container ? fleet.read(container::eContainer) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Host host && fleet.read(() -> !host.getContainers().isEmpty());
    }
}
