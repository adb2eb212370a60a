package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.protocol.ContainerInfo;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/** Start, stop, restart or destroy one container. */
public class ContainerActionOperation extends ContainerOperation {

    private final ContainerAction action;

    public ContainerActionOperation(FleetService fleet, Container container, ContainerAction action) {
        super(fleet, container);
        this.action = action;
    }

    public ContainerActionOperation(FleetService fleet, Host host, String name, ContainerAction action) {
        super(fleet, host, name);
        this.action = action;
    }

    public ContainerAction getAction() {
        return action;
    }

    @Override
    public String getTitle() {
        return NLS.bind(action.title(), name, hostName);
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getTitle(), 1);
        ContainerInfo info = call(action.method(), action.params(name), ContainerInfo.class,
                fleet.getSettings().getOperationTimeout(), sub.split(1));
        apply(info);
    }
}
