package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.core.operations.CorralOperation;
import dev.corral.model.Host;

public class ConnectHandler extends HostOperationHandler {

    @Override
    CorralOperation operation(FleetService fleet, Host host) {
        return new ConnectHostOperation(fleet, host);
    }
}
