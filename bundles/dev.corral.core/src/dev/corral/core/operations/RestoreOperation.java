package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.internal.Messages;
import dev.corral.model.Container;
import dev.corral.protocol.CheckpointRef;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/** Restores a stopped container from one of its checkpoints (null = the newest). */
public class RestoreOperation extends ContainerOperation {

    private final String checkpointId;

    public RestoreOperation(FleetService fleet, Container container, String checkpointId) {
        super(fleet, container);
        this.checkpointId = checkpointId;
    }

    @Override
    public String getTitle() {
        return checkpointId == null ? NLS.bind(Messages.RestoreOperation_titleNewest, name, hostName)
                : NLS.bind(Messages.RestoreOperation_title, new Object[] { name, checkpointId, hostName });
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getTitle(), 1);
        apply(call(Methods.CONTAINER_RESTORE, new CheckpointRef(name, checkpointId), ContainerInfo.class,
                fleet.getSettings().getOperationTimeout(), sub.split(1)));
    }
}
