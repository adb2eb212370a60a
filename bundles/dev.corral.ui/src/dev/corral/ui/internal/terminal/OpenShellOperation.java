package dev.corral.ui.internal.terminal;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.ShellSession;
import dev.corral.core.operations.CorralOperation;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.ui.internal.Messages;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

/** Opens a shell for a {@link ShellConnector}; a failure shows in the terminal and in the error report. */
final class OpenShellOperation implements CorralOperation {

    private final FleetService fleet;
    private final Container container;
    private final ShellConnector connector;
    private final String hostName;

    OpenShellOperation(FleetService fleet, Container container, ShellConnector connector) {
        this.fleet = fleet;
        this.container = container;
        this.connector = connector;
        this.hostName = fleet.read(() -> container.eContainer() instanceof Host h ? h.getName() : null);
    }

    @Override
    public String getTitle() {
        return NLS.bind(Messages.OpenShellOperation_title, connector.title());
    }

    @Override
    public String getHostName() {
        return hostName;
    }

    @Override
    public ISchedulingRule getSchedulingRule() {
        return null; // a shell conflicts with nothing: several may be open in one container
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == JobFamilies.SHELLS;
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        ShellSession session;
        try {
            session = ShellSession.open(fleet, container, connector.columns(), connector.rows(), monitor);
        } catch (CoreException e) {
            connector.opened(null, e.getStatus().getMessage());
            throw e;
        } catch (OperationCanceledException e) {
            connector.opened(null, Messages.TerminalView_closed);
            throw e;
        }
        connector.opened(session, null);
    }
}
