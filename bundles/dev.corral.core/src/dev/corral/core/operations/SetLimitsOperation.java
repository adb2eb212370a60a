package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.internal.ContainerMapper;
import dev.corral.core.internal.Messages;
import dev.corral.model.Container;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Limits;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.SetParams;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Changes a container's limits live ({@code container.set}); null members stay as they are. A
 * refused change reports the agent's message, and the container is read back so the model shows
 * the limits really in force, not what the operator typed.
 */
public class SetLimitsOperation extends ContainerOperation {

    private final Limits limits;

    public SetLimitsOperation(FleetService fleet, Container container, Limits limits) {
        super(fleet, container);
        this.limits = limits;
    }

    @Override
    public String getTitle() {
        return NLS.bind(Messages.SetLimitsOperation_title, name, hostName);
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getTitle(), 2);
        try {
            apply(call(Methods.CONTAINER_SET, new SetParams(name, limits, null, null), ContainerInfo.class,
                    fleet.getSettings().getRequestTimeout(), sub.split(1)));
        } catch (CoreException | OperationCanceledException e) {
            readBack(sub.split(1));
            throw e;
        }
    }

    private void readBack(IProgressMonitor monitor) {
        try {
            ContainerInfo info = call(Methods.CONTAINER_STATUS, new NameParams(name), ContainerInfo.class,
                    fleet.getSettings().getRequestTimeout(), monitor);
            apply(info);
            fleet.modify(() -> ContainerMapper.resetLimits(host, info));
        } catch (CoreException | OperationCanceledException e) {
            // the failure being reported is the set's; the next listing or event corrects the model
        }
    }
}
