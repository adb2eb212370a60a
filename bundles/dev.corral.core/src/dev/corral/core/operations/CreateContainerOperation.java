package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.internal.Messages;
import dev.corral.model.Host;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/** Creates a container from a template and, if asked, starts it. */
public class CreateContainerOperation extends ContainerOperation {

    private final ContainerSpec spec;
    private final boolean start;

    public CreateContainerOperation(FleetService fleet, Host host, ContainerSpec spec, boolean start) {
        super(fleet, host, spec.name());
        this.spec = spec;
        this.start = start;
    }

    public ContainerSpec getSpec() {
        return spec;
    }

    @Override
    public String getTitle() {
        return NLS.bind(start ? Messages.CreateContainerOperation_titleStart : Messages.CreateContainerOperation_title,
                name, hostName);
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getTitle(), start ? 2 : 1);
        sub.subTask(NLS.bind(Messages.CreateContainerOperation_creating, name, spec.template()));
        apply(call(Methods.CONTAINER_CREATE, spec, ContainerInfo.class, fleet.getSettings().getOperationTimeout(),
                sub.split(1)));
        if (start) {
            sub.subTask(NLS.bind(Messages.CreateContainerOperation_starting, name));
            apply(call(Methods.CONTAINER_START, new NameParams(name), ContainerInfo.class,
                    fleet.getSettings().getOperationTimeout(), sub.split(1)));
        }
    }
}
