package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.core.operations.CorralOperation;
import dev.corral.core.operations.RemoveHostOperation;
import dev.corral.model.Host;
import dev.corral.ui.internal.Messages;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;

public class RemoveHandler extends HostOperationHandler {

    @Override
    boolean confirm(ExecutionEvent event, FleetService fleet, List<Host> hosts) {
        String names = fleet.read(() -> hosts.stream().map(Host::getName).collect(Collectors.joining(", "))); //$NON-NLS-1$
        return MessageDialog.openConfirm(Selections.shell(event), Messages.RemoveHandler_title,
                NLS.bind(Messages.RemoveHandler_question, names));
    }

    @Override
    CorralOperation operation(FleetService fleet, Host host) {
        return new RemoveHostOperation(fleet, host);
    }
}
