package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.internal.Messages;
import dev.corral.model.Container;
import dev.corral.protocol.CheckpointInfo;
import dev.corral.protocol.CheckpointParams;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/** Checkpoints a running container, then stops it or lets it run on. */
public class CheckpointOperation extends ContainerOperation {

    private final boolean leaveRunning;
    private volatile CheckpointInfo checkpoint;

    public CheckpointOperation(FleetService fleet, Container container, boolean leaveRunning) {
        super(fleet, container);
        this.leaveRunning = leaveRunning;
    }

    @Override
    public String getTitle() {
        return NLS.bind(leaveRunning ? Messages.CheckpointOperation_titleKeep : Messages.CheckpointOperation_titleStop,
                name, hostName);
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getTitle(), 2);
        checkpoint = call(Methods.CONTAINER_CHECKPOINT, new CheckpointParams(name, leaveRunning), CheckpointInfo.class,
                fleet.getSettings().getOperationTimeout(), sub.split(1));
        // the answer is the checkpoint, not the container: read back whether it runs now
        apply(call(Methods.CONTAINER_STATUS, new NameParams(name), ContainerInfo.class,
                fleet.getSettings().getRequestTimeout(), sub.split(1)));
    }

    /** The checkpoint taken, once the operation succeeded. */
    public CheckpointInfo getCheckpoint() {
        return checkpoint;
    }

    @Override
    public String getResultMessage() {
        CheckpointInfo c = checkpoint;
        return c == null ? null : NLS.bind(Messages.CheckpointOperation_done, c.id(), c.frozenMillis());
    }
}
