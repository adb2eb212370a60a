package dev.corral.core.operations;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.internal.Messages;
import dev.corral.model.Host;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TemplateInfo;
import dev.corral.protocol.TemplateParams;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

/** Builds a template on a host from one of the agent's recipes ("busybox", "debian-12"). */
public class BuildTemplateOperation implements CorralOperation {

    /** The recipes the agent knows; each template is named after its recipe. */
    public static final String BUSYBOX = "busybox"; //$NON-NLS-1$
    public static final String DEBIAN_12 = "debian-12"; //$NON-NLS-1$

    private final FleetService fleet;
    private final Host host;
    private final String hostName;
    private final String recipe;
    private volatile TemplateInfo built;

    public BuildTemplateOperation(FleetService fleet, Host host, String recipe) {
        this.fleet = fleet;
        this.host = host;
        this.hostName = fleet.read(host::getName);
        this.recipe = recipe;
    }

    @Override
    public String getTitle() {
        return NLS.bind(Messages.BuildTemplateOperation_title, recipe, hostName);
    }

    @Override
    public String getHostName() {
        return hostName;
    }

    /** The agent builds one template at a time itself; a second build of the same name is refused there. */
    @Override
    public ISchedulingRule getSchedulingRule() {
        return null;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == JobFamilies.TEMPLATES || family == host;
    }

    @Override
    public void execute(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, getTitle(), 1);
        built = fleet.getConnection(host).call(Methods.TEMPLATE_BUILD, new TemplateParams(recipe, recipe),
                TemplateInfo.class, fleet.getSettings().getTemplateBuildTimeout(), sub.split(1));
    }

    /** The template built, once the operation succeeded. */
    public TemplateInfo getBuilt() {
        return built;
    }
}
