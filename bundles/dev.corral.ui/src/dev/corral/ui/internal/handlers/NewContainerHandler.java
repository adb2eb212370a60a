package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.ui.internal.FleetAccess;
import dev.corral.ui.internal.wizards.NewContainerWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Opens the New Container wizard on the selected host (or the selected container's host). */
public class NewContainerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        FleetService fleet = FleetAccess.peek();
        if (fleet != null) {
            NewContainerWizard.dialog(Selections.shell(event), fleet, Selections.host(event)).open();
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        return FleetAccess.peek() != null;
    }
}
