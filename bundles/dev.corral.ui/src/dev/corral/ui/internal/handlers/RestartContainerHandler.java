package dev.corral.ui.internal.handlers;

import dev.corral.core.operations.ContainerAction;

public class RestartContainerHandler extends ContainerOperationHandler {

    public RestartContainerHandler() {
        super(ContainerAction.RESTART);
    }
}
