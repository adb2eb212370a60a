package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.FleetService;
import dev.corral.core.FleetSettings;
import dev.corral.core.HostSpec;
import dev.corral.core.internal.Messages;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostSpecTest {

    @Test
    void validationNamesTheFirstProblem(@TempDir Path dir) throws Exception {
        FleetService fleet = new FleetService(dir);
        fleet.start();
        try {
            assertEquals(Messages.HostSpec_nameMissing, message(fleet, new HostSpec(" ", "h", 22, "root", null)));
            assertEquals(Messages.HostSpec_addressMissing, message(fleet, new HostSpec("n", "", 22, "root", null)));
            assertEquals(NLS.bind(Messages.HostSpec_addressInvalid, "a b"),
                    message(fleet, new HostSpec("n", "a b", 22, "root", null)));
            assertEquals(Messages.HostSpec_portInvalid,
                    message(fleet, new HostSpec("n", "h", HostSpec.parsePort("x"), "root", null)));
            assertEquals(Messages.HostSpec_userMissing, message(fleet, new HostSpec("n", "h", 22, "", null)));
            assertEquals(NLS.bind(Messages.HostSpec_keyFileMissing, "/no/such/key"),
                    message(fleet, new HostSpec("n", "h", 22, "root", "/no/such/key")));
            assertTrue(new HostSpec("n", "198.18.0.1", 2222, "root", "").validate(fleet).isOK());

            fleet.addHost(new HostSpec("n", "198.18.0.1", 2222, "root", null));
            assertEquals(NLS.bind(Messages.HostSpec_nameTaken, "n"),
                    message(fleet, new HostSpec("n", "198.18.0.9", 2222, "root", null)));
            CoreException e = assertThrows(CoreException.class,
                    () -> fleet.addHost(new HostSpec("n", "198.18.0.9", 2222, "root", null)));
            assertFalse(e.getStatus().isOK());
        } finally {
            fleet.stop();
        }
    }

    private static String message(FleetService fleet, HostSpec spec) {
        IStatus status = spec.validate(fleet);
        return status.getMessage();
    }

    @Test
    void reconnectDelaysDoubleUpToTheCap() {
        FleetSettings s = new FleetSettings();
        s.setReconnectInitialDelay(Duration.ofSeconds(1));
        s.setReconnectMaxDelay(Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(1), s.reconnectDelay(1));
        assertEquals(Duration.ofSeconds(2), s.reconnectDelay(2));
        assertEquals(Duration.ofSeconds(8), s.reconnectDelay(4));
        assertEquals(Duration.ofSeconds(10), s.reconnectDelay(5));
        assertEquals(Duration.ofSeconds(10), s.reconnectDelay(500));
    }
}
