package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.ContainerInput;
import dev.corral.core.FleetService;
import dev.corral.core.HostSpec;
import dev.corral.core.LimitValues;
import dev.corral.core.internal.ContainerMapper;
import dev.corral.core.internal.Messages;
import dev.corral.model.Host;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.Limits;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the operator types for a new container and its limits, checked before anything is sent. */
class ContainerInputTest {

    @TempDir
    Path dir;

    @Test
    void sizesReadAsBinaryUnitsAndPrintBackExactly() {
        assertEquals(512L << 20, LimitValues.size("512M", "Memory"));
        assertEquals(512L << 20, LimitValues.size(" 512mib ", "Memory"));
        assertEquals(3L << 29, LimitValues.size("1.5G", "Memory"));
        assertEquals(4096L, LimitValues.size("4096", "Memory"));
        assertNull(LimitValues.size("", "Memory"));
        assertEquals("512M", LimitValues.formatSize(512L << 20));
        assertEquals("1536M", LimitValues.formatSize(3L << 29));
        assertEquals("", LimitValues.formatSize(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LimitValues.size("12X", "Swap"));
        assertEquals(NLS.bind(Messages.LimitValues_size, "Swap", "12X"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LimitValues.size("0", "Memory"));
        assertThrows(IllegalArgumentException.class, () -> LimitValues.size("-1G", "Memory"));
    }

    @Test
    void cpuLimitsAreCheckedForSyntaxAndRange() {
        assertEquals(1.5, LimitValues.cpus("1.5"));
        assertEquals("1.5", LimitValues.formatCpus(1.5));
        assertEquals("2", LimitValues.formatCpus(2.0));
        assertThrows(IllegalArgumentException.class, () -> LimitValues.cpus("0"));
        assertThrows(IllegalArgumentException.class, () -> LimitValues.cpus("two"));
        assertEquals(100, LimitValues.cpuWeight("100"));
        assertThrows(IllegalArgumentException.class, () -> LimitValues.cpuWeight("0"));
        assertThrows(IllegalArgumentException.class, () -> LimitValues.cpuWeight("10001"));
        assertEquals("0-1,3", LimitValues.cpuset("0-1, 3"));
        assertThrows(IllegalArgumentException.class, () -> LimitValues.cpuset("0-"));
        assertEquals(64L, LimitValues.pids("64"));
        assertThrows(IllegalArgumentException.class, () -> LimitValues.pids("-3"));
    }

    @Test
    void theFirstProblemInFormOrderIsNamed() throws Exception {
        FleetService fleet = new FleetService(dir);
        fleet.start();
        try {
            Host host = fleet.addHost(new HostSpec("lab", "198.18.0.1", 2222, "root", null));
            assertEquals(Messages.ContainerInput_hostMissing, message(fleet, input(null, "busybox", "web", "", "", "")));
            assertEquals(Messages.ContainerInput_templateMissing, message(fleet, input(host, null, "web", "", "", "")));
            assertEquals(Messages.ContainerInput_nameMissing, message(fleet, input(host, "busybox", " ", "", "", "")));
            assertEquals(NLS.bind(Messages.ContainerInput_nameInvalid, "Web_1"),
                    message(fleet, input(host, "busybox", "Web_1", "", "", "")));
            assertEquals(NLS.bind(Messages.ContainerInput_nameInvalid, "-web"),
                    message(fleet, input(host, "busybox", "-web", "", "", "")));
            assertEquals(NLS.bind(Messages.ContainerInput_hostnameInvalid, "a..b"),
                    message(fleet, input(host, "busybox", "web", "a..b", "", "")));
            assertEquals(NLS.bind(Messages.ContainerInput_ipInvalid, "10.0.0.256"),
                    message(fleet, input(host, "busybox", "web", "", "10.0.0.256", "")));
            assertEquals(NLS.bind(Messages.LimitValues_size, Messages.ContainerInput_memory, "lots"),
                    message(fleet, input(host, "busybox", "web", "", "", "lots")));
            assertEquals(Messages.ContainerInput_swapNeedsMemory, message(fleet,
                    new ContainerInput(host, "busybox", "web", "", "", "", "1G", "", "", "", "")));

            ContainerInput ok = input(host, "busybox", " web ", "", " 198.18.0.40 ", "256M");
            assertTrue(ok.validate(fleet).isOK());
            assertEquals(new ContainerSpec("web", "busybox", null, "198.18.0.40",
                    new Limits(256L << 20, null, null, null, null, null, null), null, null), ok.toSpec());

            fleet.modify(() -> ContainerMapper.apply(host, new ContainerInfo("web", "u", "busybox", "web", "198.18.0.40",
                    null, "stopped", Limits.none(), false, Map.of(), 0)));
            assertEquals(NLS.bind(Messages.ContainerInput_nameTaken, "web", "lab"), message(fleet, ok));
        } finally {
            fleet.stop();
        }
    }

    private static ContainerInput input(Host host, String template, String name, String hostname, String ip,
            String memory) {
        return new ContainerInput(host, template, name, hostname, ip, memory, "", "", "", "", "");
    }

    private static String message(FleetService fleet, ContainerInput input) {
        return input.validate(fleet).getMessage();
    }
}
