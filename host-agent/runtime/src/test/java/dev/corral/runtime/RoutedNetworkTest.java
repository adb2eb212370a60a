package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.HostNetwork;
import dev.corral.runtime.internal.Poll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routed mode on two hosts of one LAN: each host a network namespace with its own runtime (a
 * {@link RoutedHostDriver} JVM), plus a client namespace. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutedNetworkTest {

    TestLan lan;
    String hostA;
    String hostB;
    String client;
    HostDriver a;
    HostDriver b;
    final List<Process> standIns = new ArrayList<>();
    final List<Path> dirs = new ArrayList<>();

    @BeforeAll
    void setUp() throws Exception {
        lan = new TestLan();
        hostA = lan.node("ha", 11, "lan0");
        hostB = lan.node("hb", 12, "lan0");
        client = lan.node("cl", 200, "lan");
        a = new HostDriver(hostA, tempDir(), "t" + lan.tag + "a", "lan0", lan.subnet());
        b = new HostDriver(hostB, tempDir(), "t" + lan.tag + "b", "lan0", lan.subnet());
        a.call("busybox");
    }

    Path tempDir() throws Exception {
        Path d = Files.createTempDirectory("corral-routed-");
        dirs.add(d);
        return d;
    }

    @AfterAll
    void tearDown() {
        for (Process p : standIns) {
            p.destroyForcibly();
        }
        for (HostDriver d : new HostDriver[] {a, b}) {
            if (d != null) {
                d.close();
                TestLan.cleanAgent(d.agentId, d.stateDir);
            }
        }
        for (Path d : dirs) {
            dev.corral.runtime.internal.Fs.deleteTree(d);
        }
        if (lan != null) {
            lan.close();
        }
    }

    /** Starts busybox httpd serving {@code body} inside a container of host A. */
    void serve(String container, String body) {
        String out = a.call("exec", container, "/bin/sh", "-c",
                "mkdir -p /www && echo " + body + " > /www/index.html && httpd -p 80 -h /www && echo started");
        assertTrue(out.startsWith("0 started"), out);
    }

    @Test
    void routedContainerHasALanAddressAndIsReachableFromTheLan() {
        String ip = lan.ip(50);
        String mac = a.call("create", "web", ip);
        a.call("start", "web");

        String addr = a.call("exec", "web", "ip", "-o", "-4", "addr", "show", "dev", "eth0");
        assertTrue(addr.contains(" " + ip + "/32 "), addr);
        assertEquals("0 " + mac, a.call("exec", "web", "cat", "/sys/class/net/eth0/address"));
        String route = a.call("exec", "web", "ip", "route", "show", "default");
        assertTrue(route.contains("via " + HostNetwork.ROUTED_GATEWAY), route);

        serve("web", "hello-from-a");
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> "hello-from-a".equals(TestLan.get(client, ip))),
                "the client reaches the container's web server");
        // The client reached it through host A's proxy ARP, by A's LAN MAC.
        assertEquals(TestLan.mac(hostA, "lan0"), TestLan.neighbour(client, ip));
        String ping = a.call("exec", "web", "ping", "-c", "1", "-W", "5", lan.ip(200));
        assertTrue(ping.startsWith("0 "), "the container reaches the client: " + ping);
        // The host side carries the gateway MAC every host uses.
        String inside = a.call("exec", "web", "ip", "neigh", "show", HostNetwork.ROUTED_GATEWAY);
        assertTrue(inside.contains(HostNetwork.ROUTED_GATEWAY_MAC), inside);

        a.call("stop", "web");
        assertTrue(Cmd.check("ip", "-n", hostA, "neigh", "show", "proxy").stdout().isBlank(),
                "a stopped container leaves no proxy entry");
        assertTrue(Cmd.check("ip", "-n", hostA, "route", "show", ip).stdout().isBlank(), "nor a route");
        a.call("destroy", "web");
    }

    @Test
    void networkIdentityMovesToAnotherHost() throws Exception {
        String ip = lan.ip(60);
        String mac = a.call("create", "mover", ip);
        a.call("start", "mover");
        serve("mover", "at-a");
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> "at-a".equals(TestLan.get(client, ip))));

        // Destination: the same container arrives and its network is prepared, closed.
        b.call("receive", "mover", a.stateDir.toString());
        assertEquals("CONFLICT", a.fails("prepare", "mover"), "no preparing where the container runs");
        Path netns = Path.of(b.call("prepare", "mover"));
        assertTrue(Files.exists(netns));
        assertEquals(mac, TestLan.mac(netns.getFileName().toString(), "eth0"), "same MAC on the destination");
        // Stand-in for the restored processes: a web server in the prepared namespace.
        Path www = tempDir();
        Files.writeString(www.resolve("index.html"), "at-b\n");
        standIns.add(new ProcessBuilder("nsenter", "--net=" + netns, "--", "busybox", "httpd", "-f", "-p", "80",
                "-h", www.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        assertNull(TestLan.get(hostB, ip), "input is dropped until the network is opened");

        long t0 = System.nanoTime();
        a.call("withdraw", "mover");
        assertNull(TestLan.get(client, ip), "after the withdraw nothing answers (no hairpin back to the LAN)");
        b.call("open", "mover");
        String body = TestLan.get(client, ip);
        long gapMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("at-b", body, "right after the open the client reaches host B (the GARP updated it)");
        assertEquals(TestLan.mac(hostB, "lan0"), TestLan.neighbour(client, ip));
        assertNotEquals(TestLan.mac(hostA, "lan0"), TestLan.mac(hostB, "lan0"));
        assertTrue(gapMillis < 5000, "move took " + gapMillis + " ms");

        // Roll back: the source takes the address back the same way.
        b.call("withdraw", "mover");
        a.call("open", "mover");
        assertEquals("at-a", TestLan.get(client, ip));

        standIns.forEach(Process::destroyForcibly);
        b.call("discard", "mover");
        assertTrue(Files.notExists(netns));
        a.call("stop", "mover");
        a.call("destroy", "mover");
    }

    @Test
    void openWithoutANetworkIsAConflict() {
        a.call("create", "idle", lan.ip(70));
        assertEquals("CONFLICT", a.fails("open", "idle"));
        a.call("withdraw", "idle");
        a.call("destroy", "idle");
    }

    @Test
    void theHostsOwnAddressIsNotAssignable() {
        assertEquals("INVALID", a.fails("create", "thief", lan.ip(11)));
    }
}
