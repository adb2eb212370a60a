package dev.corral.core.migration;

import dev.corral.core.FleetService;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.protocol.CheckpointInfo;
import dev.corral.protocol.CheckpointList;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import java.util.List;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Reads a container's checkpoints from its agent (for choosing one to restore). */
public final class Checkpoints {

    private Checkpoints() {
    }

    /** Oldest first, as the agent lists them. */
    public static List<CheckpointInfo> list(FleetService fleet, Container container, IProgressMonitor monitor)
            throws CoreException {
        Host host = fleet.read(() -> (Host) container.eContainer());
        String name = fleet.read(container::getName);
        CheckpointList list = fleet.getConnection(host).call(Methods.CHECKPOINT_LIST, new NameParams(name),
                CheckpointList.class, fleet.getSettings().getRequestTimeout(), monitor);
        return list == null || list.checkpoints() == null ? List.of() : list.checkpoints();
    }
}
