package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.internal.Messages;
import dev.corral.model.Host;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

/**
 * Disconnects a host, aborting a connect or reconnect in progress. Holds no host rule on purpose:
 * it must not wait behind the very attempt it is meant to stop.
 */
public class DisconnectHostOperation implements CorralOperation {

    private final FleetService fleet;
    private final Host host;
    private final String name;

    public DisconnectHostOperation(FleetService fleet, Host host) {
        this.fleet = fleet;
        this.host = host;
        this.name = fleet.read(host::getName);
    }

    @Override
    public String getTitle() {
        return NLS.bind(Messages.DisconnectHostOperation_title, name);
    }

    @Override
    public String getHostName() {
        return name;
    }

    @Override
    public ISchedulingRule getSchedulingRule() {
        return null;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == JobFamilies.DISCONNECT;
    }

    @Override
    public void execute(IProgressMonitor monitor) {
        fleet.getConnection(host).disconnect();
    }
}
