package dev.corral.core;

import dev.corral.core.internal.ContainerMapper;
import dev.corral.core.internal.Messages;
import dev.corral.model.Host;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.Limits;
import java.util.regex.Pattern;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

/**
 * What the operator typed for a new container, as text, checked field by field in the order of
 * the form so the first problem is the one named. Empty hostname means the name, empty IP lets the
 * agent pick one, empty limits mean none.
 */
public record ContainerInput(Host host, String template, String name, String hostname, String ipAddress,
        String memory, String swap, String cpus, String cpuWeight, String cpuset, String pids) {

    /** A DNS label, lower case, as the agent requires for container names. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern HOSTNAME = Pattern.compile(
            "(?=.{1,64}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
    private static final Pattern IPV4 = Pattern
            .compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    /** OK, or an error naming the first field to fix. Reads the host under the model lock. */
    public IStatus validate(FleetService fleet) {
        String problem = problem(fleet);
        return problem == null ? Status.OK_STATUS : CorralCore.error(StatusCodes.GENERIC, problem, null);
    }

    private String problem(FleetService fleet) {
        if (host == null) {
            return Messages.ContainerInput_hostMissing;
        }
        if (template == null || template.isBlank()) {
            return Messages.ContainerInput_templateMissing;
        }
        String n = name.strip();
        if (n.isEmpty()) {
            return Messages.ContainerInput_nameMissing;
        }
        if (!LABEL.matcher(n).matches()) {
            return NLS.bind(Messages.ContainerInput_nameInvalid, n);
        }
        if (fleet.read(() -> ContainerMapper.find(host, n) != null)) {
            return NLS.bind(Messages.ContainerInput_nameTaken, n, fleet.read(host::getName));
        }
        if (!hostname.isBlank() && !HOSTNAME.matcher(hostname.strip()).matches()) {
            return NLS.bind(Messages.ContainerInput_hostnameInvalid, hostname.strip());
        }
        if (!ipAddress.isBlank() && !IPV4.matcher(ipAddress.strip()).matches()) {
            return NLS.bind(Messages.ContainerInput_ipInvalid, ipAddress.strip());
        }
        try {
            Limits l = limits();
            if (l.swapBytes() != null && l.memoryBytes() == null) {
                return Messages.ContainerInput_swapNeedsMemory;
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /** @throws IllegalArgumentException naming the first invalid limit */
    public Limits limits() {
        return new Limits(LimitValues.size(memory, Messages.ContainerInput_memory),
                LimitValues.size(swap, Messages.ContainerInput_swap), LimitValues.cpus(cpus),
                LimitValues.cpuWeight(cpuWeight), LimitValues.cpuset(cpuset), LimitValues.pids(pids), null);
    }

    /** The create request; call after {@link #validate} said OK. */
    public ContainerSpec toSpec() {
        return new ContainerSpec(name.strip(), template.strip(), blankToNull(hostname), blankToNull(ipAddress),
                limits(), null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
