package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent as a process: its output contract, exit codes and SIGTERM. */
class AgentProcessTest {

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheAgentCleanly() throws Exception {
        Path state = dir.resolve("state");
        Path keys = dir.resolve("keys");
        KeyPair key = TestKeys.ed25519();
        TestKeys.authorize(keys, key);
        String bridge = TestAgent.uniqueBridge("crtp");
        try (AgentProcess agent = AgentProcess.java(dir, dir.resolve("stderr"), "--listen", "127.0.0.1:0",
                "--state-dir", state.toString(), "--authorized-keys", keys.toString(), "--bridge", bridge,
                "--subnet", TestAgent.uniqueSubnet())) {
            int port = agent.awaitListening();
            assertEquals(port + "\n", Files.readString(state.resolve(AgentConfig.PORT_FILE)));
            try (RpcClient client = new RpcClient(port, key)) {
                client.hello();
            }
            assertEquals(Main.EXIT_OK, agent.terminate(), agent::toString);
            String log = agent.stderrText();
            assertTrue(log.contains("[INFO]") && log.contains("stopped"), log);
            assertTrue(log.contains("containers: agent id") && log.contains("bridge " + bridge), log);
            String id = Files.readString(state.resolve("agent.id")).strip();
            assertFalse(Files.exists(Path.of("/run", "corral-" + id)), "an agent without containers leaves nothing on /run");
            assertFalse(Files.exists(state.resolve(AgentConfig.PORT_FILE)), "port file removed on stop");
        } finally {
            TestAgent.removeFootprint(state, bridge);
        }
    }

    @Test
    void aPortInUseFailsWithStatusOne() throws Exception {
        String bridge = TestAgent.uniqueBridge("crtp");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress());
                AgentProcess agent = AgentProcess.java(dir, dir.resolve("stderr"), "--listen",
                        "127.0.0.1:" + taken.getLocalPort(), "--state-dir", dir.resolve("s").toString(),
                        "--bridge", bridge, "--subnet", TestAgent.uniqueSubnet())) {
            assertEquals(Main.EXIT_FAILURE, agent.exitValue());
            assertTrue(agent.stderrText().contains("cannot start"), agent.stderrText());
        } finally {
            TestAgent.removeFootprint(dir.resolve("s"), bridge);
        }
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhy() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--listen", "127.0.0.1:99999"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.EXIT_USAGE, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("99999"), err::toString);
    }

    @Test
    void printHostKeyShowsTheKeyLineAndFingerprint() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--print-host-key", "--state-dir", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(Main.EXIT_OK, status);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines::toString);
        assertEquals(Files.readString(dir.resolve("ssh_host_ed25519_key.pub")).strip(), lines.get(0));
        assertTrue(lines.get(1).startsWith("SHA256:"), lines.get(1));
    }
}
