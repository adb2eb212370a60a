package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.protocol.ErrorCodes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain OpenSSH client, with the host key pinned, talks to the agent's subsystem. */
class OpenSshInteropTest {

    private static final Path SSH = Path.of("/usr/bin/ssh");
    private static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

    @TempDir
    Path dir;
    private AgentServer server;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(SSH) && Files.isExecutable(SSH_KEYGEN), "openssh-client is not installed");
        Process keygen = new ProcessBuilder(SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-C", "test",
                "-f", dir.resolve("id").toString()).redirectErrorStream(true).start();
        assertTrue(keygen.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, keygen.exitValue());
        server = new AgentServer(AgentConfig.of(dir.resolve("state")).withListen("127.0.0.1", 0)
                .withAuthorizedKeys(dir.resolve("id.pub"))).start();
        Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:" + server.port() + " " + server.hostPublicKey() + "\n");
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sshDashSTalksJsonRpc() throws Exception {
        Process ssh = new ProcessBuilder(List.of(SSH.toString(), "-F", "/dev/null", "-p", String.valueOf(server.port()),
                "-i", dir.resolve("id").toString(), "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
                "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"),
                "-o", "BatchMode=yes", "-o", "ConnectTimeout=20",
                "-s", "root@127.0.0.1", "corral@corral.dev"))
                .redirectError(dir.resolve("ssh.err").toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(ssh.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // ssh ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try (OutputStream in = ssh.getOutputStream()) {
            in.write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\",\"params\":"
                    + "{\"protocolVersion\":1,\"minProtocolVersion\":1,\"client\":\"openssh\"}}\n"
                    + "not json\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            JsonObject hello = JsonParser.parseString(poll(lines, ssh)).getAsJsonObject();
            assertEquals(1, hello.get("id").getAsInt());
            assertTrue(hello.getAsJsonObject("result").getAsJsonObject("facts").get("cpus").getAsInt() > 0);
            JsonObject error = JsonParser.parseString(poll(lines, ssh)).getAsJsonObject();
            assertEquals(ErrorCodes.PARSE_ERROR, error.getAsJsonObject("error").get("code").getAsInt());
        }
        // stdin closed: the agent ends the subsystem and ssh exits cleanly.
        assertTrue(ssh.waitFor(20, TimeUnit.SECONDS), "ssh exited after EOF");
        assertEquals(0, ssh.exitValue(), Files.readString(dir.resolve("ssh.err")));
    }

    private String poll(BlockingQueue<String> lines, Process ssh) throws Exception {
        String line = lines.poll(20, TimeUnit.SECONDS);
        assertNotNull(line, () -> "no answer over ssh; ssh stderr: " + readQuietly(dir.resolve("ssh.err"))
                + " alive=" + ssh.isAlive());
        return line;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
