package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.HostConnection;
import dev.corral.core.JobFamilies;
import dev.corral.core.internal.ContainerMapper;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.protocol.ContainerInfo;
import java.time.Duration;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * An operation on one container of one host: holds the {@link ContainerRule}, and applies the
 * agent's answer to the model at once (the state event that follows changes nothing then), so the
 * console shows the outcome even if the event is lost with the connection.
 */
public abstract class ContainerOperation implements CorralOperation {

    protected final FleetService fleet;
    protected final Host host;
    protected final String hostName;
    protected final String name;

    protected ContainerOperation(FleetService fleet, Host host, String name) {
        this.fleet = fleet;
        this.host = host;
        this.hostName = fleet.read(host::getName);
        this.name = name;
    }

    protected ContainerOperation(FleetService fleet, Container container) {
        this(fleet, fleet.read(() -> (Host) container.eContainer()), fleet.read(container::getName));
    }

    /** The container's name. */
    public String getName() {
        return name;
    }

    public Host getHost() {
        return host;
    }

    @Override
    public String getHostName() {
        return hostName;
    }

    @Override
    public ISchedulingRule getSchedulingRule() {
        return new ContainerRule(host, name);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == JobFamilies.CONTAINERS || family == host;
    }

    protected <T> T call(String method, Object params, Class<T> type, Duration timeout, IProgressMonitor monitor)
            throws CoreException {
        HostConnection connection = fleet.getConnection(host);
        return connection.call(method, params, type, timeout, monitor);
    }

    protected void apply(ContainerInfo info) {
        if (info != null) {
            fleet.modify(() -> ContainerMapper.apply(host, info));
        }
    }
}
