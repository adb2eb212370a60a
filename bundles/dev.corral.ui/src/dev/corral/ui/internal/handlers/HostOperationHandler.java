package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.core.operations.CorralOperation;
import dev.corral.model.Host;
import dev.corral.ui.internal.FleetAccess;
import dev.corral.ui.internal.Operations;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Runs one operation per selected host, each in its own job. Enablement lives in plugin.xml. */
abstract class HostOperationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        FleetService fleet = FleetAccess.peek();
        List<Host> hosts = Selections.hosts(event);
        if (fleet == null || hosts.isEmpty() || !confirm(event, fleet, hosts)) {
            return null;
        }
        for (Host host : hosts) {
            Operations.schedule(fleet, operation(fleet, host));
        }
        return null;
    }

    /** Asks before acting; by default nothing to ask. */
    boolean confirm(ExecutionEvent event, FleetService fleet, List<Host> hosts) {
        return true;
    }

    abstract CorralOperation operation(FleetService fleet, Host host);
}
