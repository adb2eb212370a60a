package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.core.operations.CorralOperation;
import dev.corral.core.operations.DisconnectHostOperation;
import dev.corral.model.Host;

public class DisconnectHandler extends HostOperationHandler {

    @Override
    CorralOperation operation(FleetService fleet, Host host) {
        return new DisconnectHostOperation(fleet, host);
    }
}
