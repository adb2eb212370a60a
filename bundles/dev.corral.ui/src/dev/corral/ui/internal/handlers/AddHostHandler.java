package dev.corral.ui.internal.handlers;

import dev.corral.core.FleetService;
import dev.corral.ui.internal.FleetAccess;
import dev.corral.ui.internal.wizards.AddHostWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

public class AddHostHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        FleetService fleet = FleetAccess.peek();
        if (fleet != null) {
            AddHostWizard.dialog(Selections.shell(event), fleet).open();
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        return FleetAccess.peek() != null;
    }
}
