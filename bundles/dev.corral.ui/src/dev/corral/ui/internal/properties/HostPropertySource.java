package dev.corral.ui.internal.properties;

import dev.corral.core.FleetService;
import dev.corral.model.Host;
import dev.corral.model.HostFacts;
import dev.corral.model.HostMetrics;
import dev.corral.ui.internal.Labels;
import dev.corral.ui.internal.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A host's settings, facts and latest metrics, read-only. Values are read under the model lock:
 * facts and metrics are replaced from agent threads while the Properties view shows them.
 */
public class HostPropertySource implements IPropertySource {

    /** Property ids, for tests and for other views that show the same values. */
    public static final String NAME = "name"; //$NON-NLS-1$
    public static final String ADDRESS = "address"; //$NON-NLS-1$
    public static final String PORT = "port"; //$NON-NLS-1$
    public static final String USER = "user"; //$NON-NLS-1$
    public static final String KEY_FILE = "keyFile"; //$NON-NLS-1$
    public static final String STATE = "state"; //$NON-NLS-1$
    public static final String MESSAGE = "message"; //$NON-NLS-1$
    public static final String HOSTNAME = "facts.hostname"; //$NON-NLS-1$
    public static final String KERNEL = "facts.kernel"; //$NON-NLS-1$
    public static final String ARCH = "facts.arch"; //$NON-NLS-1$
    public static final String CPUS = "facts.cpus"; //$NON-NLS-1$
    public static final String MEMORY = "facts.memory"; //$NON-NLS-1$
    public static final String DISK_TOTAL = "facts.diskTotal"; //$NON-NLS-1$
    public static final String DISK_FREE = "facts.diskFree"; //$NON-NLS-1$
    public static final String RUNC = "facts.runc"; //$NON-NLS-1$
    public static final String CRIU = "facts.criu"; //$NON-NLS-1$
    public static final String AGENT = "facts.agentVersion"; //$NON-NLS-1$
    public static final String PROTOCOL = "facts.protocol"; //$NON-NLS-1$
    public static final String UPTIME = "facts.uptime"; //$NON-NLS-1$
    public static final String CPU = "metrics.cpu"; //$NON-NLS-1$
    public static final String MEMORY_USED = "metrics.memoryUsed"; //$NON-NLS-1$
    public static final String LOAD = "metrics.load"; //$NON-NLS-1$
    public static final String SAMPLED = "metrics.time"; //$NON-NLS-1$

    private record Property(String category, String label, Function<Host, Object> value) {
    }

    private static final Map<String, Property> PROPERTIES = new LinkedHashMap<>();

    static {
        String c = Messages.HostProperties_connection;
        add(NAME, c, Messages.HostProperties_name, Host::getName);
        add(ADDRESS, c, Messages.HostProperties_address, Host::getAddress);
        add(PORT, c, Messages.HostProperties_port, Host::getPort);
        add(USER, c, Messages.HostProperties_user, Host::getUser);
        add(KEY_FILE, c, Messages.HostProperties_keyFile,
                h -> h.getKeyFile() == null ? Messages.HostProperties_consoleKey : h.getKeyFile());
        add(STATE, c, Messages.HostProperties_state, h -> Labels.state(h.getState()));
        add(MESSAGE, c, Messages.HostProperties_message, Host::getMessage);
        String f = Messages.HostProperties_facts;
        facts(HOSTNAME, f, Messages.HostProperties_hostname, HostFacts::getHostname);
        facts(KERNEL, f, Messages.HostProperties_kernel, HostFacts::getKernel);
        facts(ARCH, f, Messages.HostProperties_arch, HostFacts::getArch);
        facts(CPUS, f, Messages.HostProperties_cpus, HostFacts::getCpus);
        facts(MEMORY, f, Messages.HostProperties_memory, x -> Labels.bytes(x.getMemoryBytes()));
        facts(DISK_TOTAL, f, Messages.HostProperties_diskTotal, x -> Labels.bytes(x.getDiskTotalBytes()));
        facts(DISK_FREE, f, Messages.HostProperties_diskFree, x -> Labels.bytes(x.getDiskFreeBytes()));
        facts(RUNC, f, Messages.HostProperties_runc, HostFacts::getRuncVersion);
        facts(CRIU, f, Messages.HostProperties_criu, HostFacts::getCriuVersion);
        facts(AGENT, f, Messages.HostProperties_agentVersion, HostFacts::getAgentVersion);
        facts(PROTOCOL, f, Messages.HostProperties_protocol, HostFacts::getProtocolVersion);
        facts(UPTIME, f, Messages.HostProperties_uptime, x -> Labels.uptime(x.getUptimeSeconds()));
        String m = Messages.HostProperties_metrics;
        metrics(CPU, m, Messages.HostProperties_cpu, x -> Labels.percent(x.getCpuPercent()));
        metrics(MEMORY_USED, m, Messages.HostProperties_memoryUsed,
                x -> Labels.bytes(x.getMemoryUsedBytes()) + " / " + Labels.bytes(x.getMemoryTotalBytes())); //$NON-NLS-1$
        metrics(LOAD, m, Messages.HostProperties_load, x -> Labels.decimal(x.getLoad1()) + "  " //$NON-NLS-1$
                + Labels.decimal(x.getLoad5()) + "  " + Labels.decimal(x.getLoad15())); //$NON-NLS-1$
        metrics(SAMPLED, m, Messages.HostProperties_sampled, x -> Labels.time(x.getTimestamp()));
    }

    private static void add(String id, String category, String label, Function<Host, Object> value) {
        PROPERTIES.put(id, new Property(category, label, value));
    }

    private static void facts(String id, String category, String label, Function<HostFacts, Object> value) {
        add(id, category, label, h -> h.getFacts() == null ? null : value.apply(h.getFacts()));
    }

    private static void metrics(String id, String category, String label, Function<HostMetrics, Object> value) {
        add(id, category, label, h -> h.getMetrics() == null ? null : value.apply(h.getMetrics()));
    }

    private final FleetService fleet;
    private final Host host;

    public HostPropertySource(FleetService fleet, Host host) {
        this.fleet = fleet;
        this.host = host;
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
        return descriptors.toArray(new IPropertyDescriptor[0]);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Property p = PROPERTIES.get(id);
        if (p == null) {
            return null;
        }
        Object value = fleet.read(() -> p.value().apply(host));
        return value == null ? "" : value; //$NON-NLS-1$
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
