package dev.corral.ui.internal.handlers;

import dev.corral.core.operations.ContainerAction;

public class StartContainerHandler extends ContainerOperationHandler {

    public StartContainerHandler() {
        super(ContainerAction.START);
    }
}
