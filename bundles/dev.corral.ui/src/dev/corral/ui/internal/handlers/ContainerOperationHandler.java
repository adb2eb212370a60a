package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.core.operations.ContainerAction;
import dev.corral.core.operations.ContainerActionOperation;
import dev.corral.model.Container;
import dev.corral.ui.internal.FleetAccess;
import dev.corral.ui.internal.Operations;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Runs one action per selected container, each in its own job. Enablement lives in plugin.xml. */
abstract class ContainerOperationHandler extends AbstractHandler {

    private final ContainerAction action;

    ContainerOperationHandler(ContainerAction action) {
        this.action = action;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        FleetService fleet = FleetAccess.peek();
        List<Container> containers = Selections.containers(event).stream()
                .filter(c -> fleet != null && fleet.read(c::eContainer) != null).toList();
        if (fleet == null || containers.isEmpty() || !confirm(event, fleet, containers)) {
            return null;
        }
        for (Container container : containers) {
            Operations.schedule(fleet, new ContainerActionOperation(fleet, container, action));
        }
        return null;
    }

    /** Asks before acting; by default nothing to ask. */
    boolean confirm(ExecutionEvent event, FleetService fleet, List<Container> containers) {
        return true;
    }
}
