package dev.corral.ui.tests;

import dev.corral.testsupport.AgentFootprint;
import dev.corral.testsupport.AgentLauncher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A real corral-agent on loopback, started through host-agent/corral-agent, for UI tests. */
final class TestAgent implements AutoCloseable {

    private final Process process;
    private final Path stateDir;
    private final int port;
    private final AgentFootprint footprint = AgentFootprint.unique("cru");

    private TestAgent(int port, Path stateDir, Path authorizedKeys) throws IOException {
        this.stateDir = stateDir;
        Path launcher = AgentLauncher.path();
        process = new ProcessBuilder(launcher.toString(), "--listen", "127.0.0.1:" + port, "--state-dir",
                stateDir.toString(), "--authorized-keys", authorizedKeys.toString(), "--log-level", "warn",
                "--bridge", footprint.bridge(), "--subnet", footprint.subnet())
                .redirectErrorStream(true).start();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    if (line.startsWith("LISTENING ")) {
                        listening.complete(Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).strip()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new IOException("agent exited before listening"));
        }, "ui-test-agent-output");
        reader.setDaemon(true);
        reader.start();
        try {
            this.port = listening.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IOException("agent did not start", e);
        }
    }

    static TestAgent start(Path stateDir, Path authorizedKeys) throws IOException {
        return new TestAgent(0, stateDir, authorizedKeys);
    }

    /** On a given port, retrying while the previous agent's socket lingers (60 s at most). */
    static TestAgent startOn(int port, Path stateDir, Path authorizedKeys) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                return new TestAgent(port, stateDir, authorizedKeys);
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    /** Container addresses are {@code prefix + ".N"}. */
    String subnetPrefix() {
        return footprint.subnetPrefix();
    }

    int port() {
        return port;
    }

    String fingerprint() throws Exception {
        String line = Files.readString(stateDir.resolve("ssh_host_ed25519_key.pub"), StandardCharsets.UTF_8).strip();
        // OpenSSH's form: SHA-256 of the key blob (second field), base64 without padding
        byte[] blob = Base64.getDecoder().decode(line.split("\\s+")[1]);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    /** Stops the agent and removes its containers and network from the machine. */
    @Override
    public void close() {
        stop();
        footprint.remove(stateDir);
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
