package dev.corral.core.migration;

import dev.corral.core.FleetService;
import dev.corral.core.internal.Messages;
import dev.corral.model.ConnectionState;
import dev.corral.model.Container;
import dev.corral.model.ContainerState;
import dev.corral.model.Host;
import org.eclipse.osgi.util.NLS;

/**
 * Whether a container dropped on a host can be migrated there, from the model alone (no network):
 * what a drag shows while it hovers and what a drop says before anything starts.
 */
public final class MigrationCheck {

    private MigrationCheck() {
    }

    /** Why {@code container} cannot move to {@code destination}; null when it may (prechecks follow). */
    public static String refusal(FleetService fleet, Container container, Host destination) {
        return fleet.read(() -> refusal(container, destination));
    }

    /** {@link #refusal(FleetService, Container, Host)} with the model lock held by the caller. */
    public static String refusal(Container container, Host destination) {
        if (container == null || destination == null) {
            return Messages.MigrationCheck_nothing;
        }
        if (!(container.eContainer() instanceof Host source)) {
            return NLS.bind(Messages.MigrationCheck_gone, container.getName());
        }
        String name = container.getName();
        if (source == destination) {
            return NLS.bind(Messages.MigrationCheck_sameHost, name, source.getName());
        }
        if (destination.getState() != ConnectionState.CONNECTED) {
            return NLS.bind(Messages.MigrationCheck_destinationNotConnected, destination.getName());
        }
        if (source.getState() != ConnectionState.CONNECTED) {
            return NLS.bind(Messages.MigrationCheck_sourceNotConnected, source.getName());
        }
        if (container.getState() == ContainerState.MIGRATING) {
            return NLS.bind(Messages.MigrationCheck_migrating, name);
        }
        if (container.getState() != ContainerState.RUNNING) {
            return NLS.bind(Messages.MigrationCheck_notRunning, name, container.getState().getLiteral().toLowerCase());
        }
        if (destination.getContainers().stream().anyMatch(c -> name.equals(c.getName()))) {
            return NLS.bind(Messages.MigrationCheck_nameTaken, destination.getName(), name);
        }
        return null;
    }
}
