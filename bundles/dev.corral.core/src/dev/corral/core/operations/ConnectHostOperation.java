package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.internal.Messages;
import dev.corral.model.Host;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

/**
 * Connects a host's agent, asking the fleet's {@link dev.corral.core.HostKeyCallback} on first
 * contact. Cancelling closes the attempt.
 */
public class ConnectHostOperation implements CorralOperation {

    private final FleetService fleet;
    private final Host host;
    private final String name;

    public ConnectHostOperation(FleetService fleet, Host host) {
        this.fleet = fleet;
        this.host = host;
        this.name = fleet.read(host::getName);
    }

    @Override
    public String getTitle() {
        return NLS.bind(Messages.ConnectHostOperation_title, name);
    }

    @Override
    public String getHostName() {
        return name;
    }

    @Override
    public ISchedulingRule getSchedulingRule() {
        return new HostRule(host);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == JobFamilies.CONNECT || family == host;
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        fleet.getConnection(host).connect(fleet.getHostKeyCallback(), monitor);
    }
}
