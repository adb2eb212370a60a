package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher {@code host-agent/corral-agent}, run the way the console's integration
 * tests run it: from another working directory, port 0, its own state directory. Runs in
 * {@code verify}, after target/lib is filled.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("corral-agent");

    @TempDir
    Path dir;

    @Test
    void launcherStartsTheAgentFromAnyDirectoryAndStopsOnSigterm() throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is executable");
        KeyPair key = TestKeys.ed25519();
        Path keys = dir.resolve("authorized_keys");
        TestKeys.authorize(keys, key);
        Path state = dir.resolve("state");
        String bridge = TestAgent.uniqueBridge("crtl");
        try (AgentProcess agent = AgentProcess.command(dir, dir.resolve("stderr"), List.of(LAUNCHER.toString(),
                "--listen", "127.0.0.1:0", "--state-dir", state.toString(), "--authorized-keys", keys.toString(),
                "--bridge", bridge, "--subnet", TestAgent.uniqueSubnet()))) {
            int port = agent.awaitListening();
            assertEquals(String.valueOf(port), Files.readString(state.resolve(AgentConfig.PORT_FILE)).strip());
            try (RpcClient client = new RpcClient(port, key)) {
                assertTrue(client.hello().get("agentVersion").getAsString().startsWith("0."),
                        "the version comes from the jar's manifest");
            }
            assertEquals(0, agent.terminate());
        } finally {
            TestAgent.removeFootprint(state, bridge);
        }
    }

    @Test
    void launcherPrintsTheHostKey() throws Exception {
        try (AgentProcess agent = AgentProcess.command(dir, dir.resolve("stderr"),
                List.of(LAUNCHER.toString(), "--print-host-key", "--state-dir", "relative-state"))) {
            assertEquals(0, agent.exitValue(), agent.stderrText());
            List<String> out = agent.stdoutLines();
            assertTrue(out.size() >= 1 && out.get(0).startsWith("ssh-ed25519 "), out::toString);
            assertTrue(Files.exists(dir.resolve("relative-state/ssh_host_ed25519_key.pub")));
        }
    }
}
