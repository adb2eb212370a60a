package dev.corral.ui.internal.properties;

import dev.corral.core.FleetService;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.ui.internal.FleetAccess;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

/** Host and Container → {@link IPropertySource}, registered in plugin.xml, for the Properties view. */
public class FleetAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        FleetService fleet = FleetAccess.peek();
        if (adapterType != IPropertySource.class || fleet == null) {
            return null;
        }
        if (adaptable instanceof Host host) {
            return adapterType.cast(new HostPropertySource(fleet, host));
        }
        if (adaptable instanceof Container container) {
            return adapterType.cast(new ContainerPropertySource(fleet, container));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
