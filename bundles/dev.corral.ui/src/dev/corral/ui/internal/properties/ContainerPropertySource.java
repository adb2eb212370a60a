package dev.corral.ui.internal.properties;

import dev.corral.core.FleetService;
import dev.corral.core.operations.SetLimitsOperation;
import dev.corral.model.Container;
import dev.corral.model.ContainerMetrics;
import dev.corral.model.Host;
import dev.corral.ui.internal.Labels;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.Operations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * A container's identity, state, address, template, limits and live usage. The limits are
 * editable: a typed value is checked as you type (syntax), then applied live by a
 * {@link SetLimitsOperation} in a job; the agent judges what the host can grant, and the model
 * shows the values in force once it answered.
 */
public class ContainerPropertySource implements IPropertySource {

    public static final String NAME = "name"; //$NON-NLS-1$
    public static final String UUID = "uuid"; //$NON-NLS-1$
    public static final String HOST = "host"; //$NON-NLS-1$
    public static final String HOSTNAME = "hostname"; //$NON-NLS-1$
    public static final String STATE = "state"; //$NON-NLS-1$
    public static final String IP = "ipAddress"; //$NON-NLS-1$
    public static final String TEMPLATE = "template"; //$NON-NLS-1$
    public static final String CPU = "metrics.cpu"; //$NON-NLS-1$
    public static final String MEMORY = "metrics.memory"; //$NON-NLS-1$
    public static final String PIDS = "metrics.pids"; //$NON-NLS-1$
    public static final String NETWORK = "metrics.network"; //$NON-NLS-1$
    public static final String SAMPLED = "metrics.time"; //$NON-NLS-1$

    private record Property(String category, String label, Function<Container, Object> value) {
    }

    private static final Map<String, Property> PROPERTIES = new LinkedHashMap<>();

    static {
        String c = Messages.ContainerProperties_container;
        add(NAME, c, Messages.ContainerProperties_name, Container::getName);
        add(HOST, c, Messages.ContainerProperties_host, x -> x.eContainer() instanceof Host h ? h.getName() : null);
        add(UUID, c, Messages.ContainerProperties_uuid, Container::getUuid);
        add(STATE, c, Messages.ContainerProperties_state, x -> Labels.state(x.getState()));
        add(HOSTNAME, c, Messages.ContainerProperties_hostname, Container::getHostname);
        add(IP, c, Messages.ContainerProperties_ip, Container::getIpAddress);
        add(TEMPLATE, c, Messages.ContainerProperties_template, Container::getTemplate);
        String u = Messages.ContainerProperties_usage;
        usage(CPU, u, Messages.ContainerProperties_cpu, m -> Labels.percent(m.getCpuPercent()));
        usage(MEMORY, u, Messages.ContainerProperties_memory, m -> Labels.bytes(m.getMemoryBytes()));
        usage(PIDS, u, Messages.ContainerProperties_pidsUsed, ContainerMetrics::getPids);
        usage(NETWORK, u, Messages.ContainerProperties_network,
                m -> Labels.bytes(m.getRxBytes()) + " / " + Labels.bytes(m.getTxBytes())); //$NON-NLS-1$
        usage(SAMPLED, u, Messages.ContainerProperties_sampled, m -> Labels.time(m.getTimestamp()));
    }

    private static void add(String id, String category, String label, Function<Container, Object> value) {
        PROPERTIES.put(id, new Property(category, label, value));
    }

    private static void usage(String id, String category, String label, Function<ContainerMetrics, Object> value) {
        add(id, category, label, x -> x.getMetrics() == null ? null : value.apply(x.getMetrics()));
    }

    private final FleetService fleet;
    private final Container container;

    public ContainerPropertySource(FleetService fleet, Container container) {
        this.fleet = fleet;
        this.container = container;
    }

    @Override
    public Object getEditableValue() {
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        PROPERTIES.forEach((id, p) -> {
            PropertyDescriptor d = new PropertyDescriptor(id, p.label());
            d.setCategory(p.category());
            descriptors.add(d);
        });
        for (LimitProperty limit : LimitProperty.values()) {
            TextPropertyDescriptor d = new TextPropertyDescriptor(limit.id(), limit.label());
            d.setCategory(Messages.ContainerProperties_limits);
            d.setDescription(Messages.ContainerProperties_limitHint);
            d.setValidator(value -> check(limit, value));
            d.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return Labels.limit((String) element, Messages.ContainerProperties_unlimited);
                }
            });
            descriptors.add(d);
        }
        return descriptors.toArray(new IPropertyDescriptor[0]);
    }

    private static String check(LimitProperty limit, Object value) {
        try {
            limit.change(String.valueOf(value));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    public Object getPropertyValue(Object id) {
        LimitProperty limit = limit(id);
        if (limit != null) {
            return fleet.read(() -> limit.text(container.getLimits()));
        }
        Property p = PROPERTIES.get(id);
        if (p == null) {
            return null;
        }
        Object value = fleet.read(() -> p.value().apply(container));
        return value == null ? "" : value; //$NON-NLS-1$
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // there is no default to go back to: clearing the text removes the limit
    }

    /** Applies a changed limit in a job; the validator has already refused malformed text. */
    @Override
    public void setPropertyValue(Object id, Object value) {
        LimitProperty limit = limit(id);
        String text = value == null ? "" : value.toString().strip(); //$NON-NLS-1$
        if (limit == null || text.equals(getPropertyValue(id)) || check(limit, text) != null
                || fleet.read(container::eContainer) == null) {
            return;
        }
        Operations.schedule(fleet, new SetLimitsOperation(fleet, container, limit.change(text)));
    }

    private static LimitProperty limit(Object id) {
        for (LimitProperty l : LimitProperty.values()) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }
}
