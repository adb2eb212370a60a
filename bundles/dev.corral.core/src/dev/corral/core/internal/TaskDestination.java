package dev.corral.core.internal;

import dev.corral.core.FleetService;
import dev.corral.model.Host;

/**
 * Where an agent's migration task goes ({@code TaskInfo.destination}, {@code address:port} as the
 * console or corralctl gave it to the source agent) among this console's hosts.
 */
public final class TaskDestination {

    private TaskDestination() {
    }

    /** The host of this fleet at that address and port, or null (none, or not known). */
    public static Host find(FleetService fleet, String destination) {
        if (destination == null) {
            return null;
        }
        return fleet.read(() -> {
            for (Host h : fleet.getHosts()) {
                if (h.getAddress() != null && destination.equalsIgnoreCase(format(h.getAddress(), h.getPort()))) {
                    return h;
                }
            }
            return null;
        });
    }

    /** The console's name for the destination where it has that host, else the address as given; null when not known. */
    public static String name(FleetService fleet, String destination) {
        Host h = find(fleet, destination);
        return h == null ? destination : fleet.read(h::getName);
    }

    /** As the agent writes it: IPv6 literals in brackets. */
    static String format(String address, int port) {
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
