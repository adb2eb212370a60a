package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corral.core.internal.Messages;
import dev.corral.core.migration.MigrationCheck;
import dev.corral.model.ConnectionState;
import dev.corral.model.Container;
import dev.corral.model.ContainerState;
import dev.corral.model.CorralFactory;
import dev.corral.model.Host;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a container dropped on a host says before anything is sent to an agent. */
class MigrationCheckTest {

    private Host source;
    private Host destination;
    private Container web;

    @BeforeEach
    void fleet() {
        source = host("alpha");
        destination = host("beta");
        web = CorralFactory.eINSTANCE.createContainer();
        web.setName("web");
        web.setState(ContainerState.RUNNING);
        source.getContainers().add(web);
    }

    private static Host host(String name) {
        Host h = CorralFactory.eINSTANCE.createHost();
        h.setName(name);
        h.setState(ConnectionState.CONNECTED);
        return h;
    }

    @Test
    void aRunningContainerMayMoveToAnotherConnectedHost() {
        assertNull(MigrationCheck.refusal(web, destination));
    }

    @Test
    void droppingOnItsOwnHostIsRefused() {
        assertEquals(NLS.bind(Messages.MigrationCheck_sameHost, "web", "alpha"), MigrationCheck.refusal(web, source));
    }

    @Test
    void aDisconnectedDestinationOrSourceIsRefused() {
        destination.setState(ConnectionState.FAILED);
        assertEquals(NLS.bind(Messages.MigrationCheck_destinationNotConnected, "beta"),
                MigrationCheck.refusal(web, destination));
        destination.setState(ConnectionState.CONNECTED);
        source.setState(ConnectionState.CONNECTING);
        assertEquals(NLS.bind(Messages.MigrationCheck_sourceNotConnected, "alpha"),
                MigrationCheck.refusal(web, destination));
    }

    @Test
    void onlyARunningContainerMoves() {
        web.setState(ContainerState.STOPPED);
        assertEquals(NLS.bind(Messages.MigrationCheck_notRunning, "web", "stopped"), MigrationCheck.refusal(web, destination));
        web.setState(ContainerState.MIGRATING);
        assertEquals(NLS.bind(Messages.MigrationCheck_migrating, "web"), MigrationCheck.refusal(web, destination));
    }

    @Test
    void aDestinationWithAContainerOfTheSameNameIsRefused() {
        Container other = CorralFactory.eINSTANCE.createContainer();
        other.setName("web");
        destination.getContainers().add(other);
        assertEquals(NLS.bind(Messages.MigrationCheck_nameTaken, "beta", "web"), MigrationCheck.refusal(web, destination));
    }

    @Test
    void aContainerNoLongerInTheFleetIsRefused() {
        source.getContainers().remove(web);
        assertEquals(NLS.bind(Messages.MigrationCheck_gone, "web"), MigrationCheck.refusal(web, destination));
        assertEquals(Messages.MigrationCheck_nothing, MigrationCheck.refusal(null, destination));
    }
}
