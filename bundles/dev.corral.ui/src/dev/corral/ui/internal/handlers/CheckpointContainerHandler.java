package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.core.operations.CheckpointOperation;
import dev.corral.model.Container;
import dev.corral.ui.internal.ChoiceDialog;
import dev.corral.ui.internal.FleetAccess;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.Operations;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;

/** Checkpoints the selected containers after asking whether they keep running or stop. */
public class CheckpointContainerHandler extends AbstractHandler {

    /** The question's shell id, for tests. */
    public static final String CHOICE_ID = "checkpointContainer.choice"; //$NON-NLS-1$
    public static final int KEEP_RUNNING = 0;
    public static final int STOP = 1;

    @Override
    public Object execute(ExecutionEvent event) {
        FleetService fleet = FleetAccess.peek();
        if (fleet == null) {
            return null;
        }
        List<Container> containers = Selections.containers(event).stream()
                .filter(c -> fleet.read(c::eContainer) != null).toList();
        if (containers.isEmpty()) {
            return null;
        }
        String names = fleet.read(() -> containers.stream().map(Container::getName).collect(Collectors.joining(", "))); //$NON-NLS-1$
        int answer = ChoiceDialog.open(Selections.shell(event), CHOICE_ID, Messages.CheckpointContainerHandler_title,
                NLS.bind(Messages.CheckpointContainerHandler_question, names), KEEP_RUNNING,
                Messages.CheckpointContainerHandler_keepRunning, Messages.CheckpointContainerHandler_stop,
                IDialogConstants.CANCEL_LABEL);
        if (answer != KEEP_RUNNING && answer != STOP) {
            return null;
        }
        for (Container container : containers) {
            Operations.schedule(fleet, new CheckpointOperation(fleet, container, answer == KEEP_RUNNING));
        }
        return null;
    }
}
