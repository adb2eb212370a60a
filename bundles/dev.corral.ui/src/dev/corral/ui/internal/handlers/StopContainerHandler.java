package dev.corral.ui.internal.handlers;

import dev.corral.core.operations.ContainerAction;

public class StopContainerHandler extends ContainerOperationHandler {

    public StopContainerHandler() {
        super(ContainerAction.STOP);
    }
}
