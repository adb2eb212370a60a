package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A container's network as set up over netlink: what `ip` shows of it is what the ip commands it
 * replaced made, bad input leaves nothing, and no thread of ours stays in the new namespace.
 * Needs root; a random bridge and 198.19.x.0/24 of its own, removed afterwards.
 */
class NetSetupTest {

    private final String tag = Integer.toHexString(0x10000 + new Random().nextInt(0xeffff));
    private final String bridge = "nlt" + tag;
    private final String ns = "corral-nlt-" + tag;
    private final String veth = "nlv" + tag;
    private Ipv4.Subnet subnet;
    private String prefix;

    @BeforeEach
    void bridge() {
        String used = Cmd.check("ip", "-4", "-o", "addr", "show").stdout();
        Random rnd = new Random();
        do {
            prefix = "198.19." + (100 + rnd.nextInt(150));
        } while (used.contains(" " + prefix + "."));
        subnet = Ipv4.parseSubnet(prefix + ".0/24");
        Net.ensureBridge(bridge, subnet);
    }

    @AfterEach
    void cleanUp() {
        Net.teardown(ns, veth);
        Cmd.quiet("ip", "link", "del", bridge);
    }

    @Test
    void bridgedSetUpIsWhatIpMade() throws Exception {
        String home = Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
        Net.setup(ns, veth, "02:42:c0:a8:00:07", prefix + ".7", subnet, bridge);
        assertEquals(home, Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString());

        String eth0 = Cmd.check("ip", "-n", ns, "-o", "addr", "show", "dev", "eth0").stdout();
        assertTrue(eth0.contains(" inet " + prefix + ".7/24 scope global eth0"), eth0);
        String link = Cmd.check("ip", "-n", ns, "-o", "link", "show", "dev", "eth0").stdout();
        assertTrue(link.contains("link/ether 02:42:c0:a8:00:07 "), link);
        assertTrue(link.contains(",UP,"), link);
        assertTrue(Cmd.check("ip", "-n", ns, "-o", "link", "show", "dev", "lo").stdout().contains(",UP,"));
        String routes = Cmd.check("ip", "-n", ns, "route", "show").stdout();
        assertTrue(routes.contains("default via " + prefix + ".1 dev eth0 \n"), routes);
        String host = Cmd.check("ip", "-o", "link", "show", "dev", veth).stdout();
        assertTrue(host.contains(" master " + bridge + " ") && host.contains(",UP,"), host);
        // the namespace is a named one as `ip netns add` makes it: ip and nsenter find it
        assertTrue(Cmd.check("ip", "netns", "list").stdout().contains(ns));
        assertTrue(Cmd.check("nsenter", "--net=" + Net.netnsPath(ns), "ip", "-o", "addr", "show", "dev", "eth0")
                .stdout().contains(prefix + ".7/24"));
    }

    @Test
    void badInputLeavesNothing() {
        RuntimeError e = assertThrows(RuntimeError.class,
                () -> Net.setup(ns, veth, "02:42:c0:a8:00:08", prefix + ".8", subnet, "nosuch" + tag));
        assertTrue(e.getMessage().contains("nosuch" + tag) && e.getMessage().contains("No such device"), e.getMessage());
        assertFalse(Net.linkExists(veth));
        assertFalse(Files.exists(Net.netnsPath(ns)));

        // an address the kernel refuses (a multicast one) fails inside the namespace, after the veth exists
        e = assertThrows(RuntimeError.class, () -> Net.setup(ns, veth, "02:42:c0:a8:00:08", prefix + ".8",
                Ipv4.parseSubnet("224.1.2.0/24"), bridge));
        assertTrue(e.getMessage().startsWith("cannot "), e.getMessage());
        assertFalse(Net.linkExists(veth));
        assertFalse(Files.exists(Net.netnsPath(ns)));
    }
}
