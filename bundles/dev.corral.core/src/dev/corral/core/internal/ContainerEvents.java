package dev.corral.core.internal;

import dev.corral.core.FleetService;
import dev.corral.core.client.AgentClient;
import dev.corral.core.client.AgentException;
import dev.corral.model.Host;
import dev.corral.protocol.ContainerList;
import dev.corral.protocol.ContainerMetricsEvent;
import dev.corral.protocol.ContainerStateEvent;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Methods;
import java.util.List;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Keeps a host's containers in step with its agent: the listing after connect, then the agent's
 * state and metrics notifications, each applied under the model lock on the client's reader
 * thread (so they apply in the order the agent sent them).
 */
public final class ContainerEvents {

    private ContainerEvents() {
    }

    /** Registers the listeners; call before subscribing so no event is missed. */
    public static void listen(FleetService fleet, Host host, AgentClient client) {
        client.onNotification(Methods.EVENT_CONTAINER_STATE, ContainerStateEvent.class,
                e -> fleet.modify(() -> ContainerMapper.applyEvent(host, e)));
        client.onNotification(Methods.EVENT_CONTAINER_METRICS, ContainerMetricsEvent.class,
                e -> fleet.modify(() -> ContainerMapper.applyMetrics(host, e)));
    }

    /** Lists the host's containers into the model; an agent without containers has none. */
    public static void list(FleetService fleet, Host host, AgentClient client, IProgressMonitor monitor)
            throws CoreException {
        ContainerList list;
        try {
            list = client.call(Methods.CONTAINER_LIST, null, ContainerList.class,
                    fleet.getSettings().getRequestTimeout(), monitor);
        } catch (AgentException e) {
            if (e.getCode() != ErrorCodes.METHOD_NOT_FOUND) {
                throw e;
            }
            list = new ContainerList(List.of()); // an agent run without containers (--bridge unset)
        }
        List<dev.corral.protocol.ContainerInfo> infos = list == null || list.containers() == null ? List.of()
                : list.containers();
        fleet.modify(() -> ContainerMapper.applyList(host, infos));
    }
}
