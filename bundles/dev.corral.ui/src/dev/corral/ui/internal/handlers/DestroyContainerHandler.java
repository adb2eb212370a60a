package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.core.operations.ContainerAction;
import dev.corral.model.Container;
import dev.corral.ui.internal.ConfirmDialog;
import dev.corral.ui.internal.Messages;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

/** Destroying deletes the container's files on its host: always asked first. */
public class DestroyContainerHandler extends ContainerOperationHandler {

    /** The confirmation dialog's shell id, for tests. */
    public static final String CONFIRM_ID = "destroyContainer.confirm"; //$NON-NLS-1$

    public DestroyContainerHandler() {
        super(ContainerAction.DESTROY);
    }

    @Override
    boolean confirm(ExecutionEvent event, FleetService fleet, List<Container> containers) {
        String names = fleet.read(() -> containers.stream().map(Container::getName).collect(Collectors.joining(", "))); //$NON-NLS-1$
        return ConfirmDialog.open(Selections.shell(event), CONFIRM_ID, Messages.DestroyContainerHandler_title,
                NLS.bind(Messages.DestroyContainerHandler_question, names), Messages.DestroyContainerHandler_destroy);
    }
}
