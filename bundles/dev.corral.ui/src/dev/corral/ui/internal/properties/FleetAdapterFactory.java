package dev.corral.ui.internal.properties;

import dev.corral.core.FleetService;
import dev.corral.model.Host;
import dev.corral.ui.internal.FleetAccess;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

/** Host → {@link IPropertySource}, registered in plugin.xml, for the Properties view. */
public class HostAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        FleetService fleet = FleetAccess.peek();
        if (adapterType == IPropertySource.class && adaptable instanceof Host host && fleet != null) {
            return adapterType.cast(new HostPropertySource(fleet, host));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
