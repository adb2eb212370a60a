package dev.corral.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.agent.AgentConfig;
import dev.corral.runtime.NetworkMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private CommandLine parse(String... args) throws UsageException {
        return CommandLine.parse(args, dir.resolve("absent.conf"));
    }

    @Test
    void defaultsAreLoopbackAndVarLibCorral() throws Exception {
        AgentConfig c = parse().config();
        assertEquals("127.0.0.1", c.listenHost());
        assertEquals(2222, c.listenPort());
        assertEquals(Path.of("/var/lib/corral"), c.stateDir());
        assertEquals(Path.of("/var/lib/corral/authorized_keys"), c.authorizedKeys());
        assertEquals("info", c.logLevel());
        assertEquals(AgentConfig.DEFAULT_BRIDGE, c.bridge());
        assertEquals(AgentConfig.DEFAULT_SUBNET, c.subnet());
        assertTrue(c.containersEnabled(), "from the command line the agent always runs containers");
    }

    @Test
    void bridgeAndSubnetComeFromFlagsOrTheFile() throws Exception {
        Path conf = dir.resolve("agent.conf");
        Files.writeString(conf, "bridge=lan0\nsubnet=198.18.5.0/24\n");
        AgentConfig c = parse("--config", conf.toString(), "--subnet", "198.18.6.0/25").config();
        assertEquals("lan0", c.bridge());
        assertEquals("198.18.6.0/25", c.subnet());
        assertThrows(UsageException.class, () -> parse("--bridge", "a-name-far-too-long"));
        assertThrows(UsageException.class, () -> parse("--bridge", "br 0"));
        assertThrows(UsageException.class, () -> parse("--subnet", "198.18.0.0"));
        assertThrows(UsageException.class, () -> parse("--subnet", "198.18.0.0/31"));
        assertThrows(UsageException.class, () -> parse("--subnet", "fd00::/64"));
    }

    @Test
    void flagsTakeSeparateOrJoinedValues() throws Exception {
        AgentConfig c = parse("--listen", "0.0.0.0:0", "--state-dir=" + dir, "--log-level", "DEBUG").config();
        assertEquals("0.0.0.0", c.listenHost());
        assertEquals(0, c.listenPort());
        assertEquals(dir.resolve("authorized_keys"), c.authorizedKeys());
        assertEquals("debug", c.logLevel());
    }

    @Test
    void ipv6ListenAddressesUseBrackets() throws Exception {
        AgentConfig c = parse("--listen", "[::1]:2200").config();
        assertEquals("::1", c.listenHost());
        assertEquals(2200, c.listenPort());
        assertEquals("[::1]:2200", HostPort.format("::1", 2200));
    }

    @Test
    void flagsOverrideTheConfigFile() throws Exception {
        Path conf = dir.resolve("agent.conf");
        Files.writeString(conf, "# comment\n\nlisten = 10.0.0.1:2300\nstate-dir=" + dir.resolve("s")
                + "\nlog-level=warn\n");
        CommandLine cl = parse("--config", conf.toString(), "--listen", "127.0.0.1:0");
        assertEquals("127.0.0.1", cl.config().listenHost());
        assertEquals(0, cl.config().listenPort());
        assertEquals(dir.resolve("s"), cl.config().stateDir());
        assertEquals(dir.resolve("s/authorized_keys"), cl.config().authorizedKeys());
        assertEquals("warn", cl.config().logLevel());
    }

    @Test
    void theDefaultConfigFileIsReadWhenPresent() throws Exception {
        Path conf = dir.resolve("default.conf");
        Files.writeString(conf, "listen=127.0.0.2:2401\nauthorized-keys=/etc/keys\n");
        AgentConfig c = CommandLine.parse(new String[0], conf).config();
        assertEquals("127.0.0.2", c.listenHost());
        assertEquals(Path.of("/etc/keys"), c.authorizedKeys());
    }

    @Test
    void badInputIsAUsageErrorThatSaysWhat() throws Exception {
        assertTrue(assertThrows(UsageException.class, () -> parse("--frobnicate")).getMessage()
                .contains("--frobnicate"));
        assertThrows(UsageException.class, () -> parse("--listen"));
        assertThrows(UsageException.class, () -> parse("--listen", "nohost"));
        assertThrows(UsageException.class, () -> parse("--listen", "h:70000"));
        assertThrows(UsageException.class, () -> parse("--listen", "h:port"));
        assertThrows(UsageException.class, () -> parse("--log-level", "loud"));
        assertThrows(UsageException.class, () -> parse("stray"));
        assertThrows(UsageException.class, () -> parse("--config", dir.resolve("missing.conf").toString()));
        Path conf = dir.resolve("bad.conf");
        Files.writeString(conf, "listen=127.0.0.1:1\ncolour=blue\n");
        String message = assertThrows(UsageException.class, () -> parse("--config", conf.toString())).getMessage();
        assertTrue(message.contains(":2:") && message.contains("colour"), message);
    }

    @Test
    void routedNetworkingNeedsTheLanInterfaceAndItsSubnet() throws Exception {
        AgentConfig c = parse("--network-mode", "routed", "--lan-interface", "lan0", "--subnet", "198.18.0.0/24")
                .config();
        assertEquals(NetworkMode.ROUTED, c.networkMode());
        assertEquals("lan0", c.lanInterface());
        assertEquals("198.18.0.0/24", c.subnet());
        assertTrue(c.containersEnabled());
        Path conf = dir.resolve("routed.conf");
        Files.writeString(conf, "network-mode=routed\nlan-interface=eth1\nsubnet=192.0.2.0/24\n");
        assertEquals("eth1", parse("--config", conf.toString()).config().lanInterface());

        assertEquals(NetworkMode.BRIDGED, parse().config().networkMode());
        assertEquals(null, parse("--lan-interface", "lan0").config().lanInterface(), "only routed uses it");
        assertThrows(UsageException.class, () -> parse("--network-mode", "routed", "--subnet", "198.18.0.0/24"));
        assertThrows(UsageException.class, () -> parse("--network-mode", "routed", "--lan-interface", "lan0"));
        assertThrows(UsageException.class, () -> parse("--network-mode", "overlay"));
        assertThrows(UsageException.class, () -> parse("--network-mode", "routed", "--lan-interface", "a b",
                "--subnet", "198.18.0.0/24"));
        assertTrue(CommandLine.USAGE.contains("--network-mode") && CommandLine.USAGE.contains("--lan-interface"));
    }

    @Test
    void actionsAreRecognised() throws Exception {
        assertEquals(CommandLine.Action.PRINT_HOST_KEY, parse("--print-host-key", "--state-dir", "/x").action());
        assertEquals(CommandLine.Action.HELP, parse("--help").action());
        assertEquals(CommandLine.Action.VERSION, parse("--version").action());
        assertEquals(CommandLine.Action.RUN, parse().action());
    }
}
