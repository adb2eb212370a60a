package dev.corral.core.tests;

import dev.corral.testsupport.AgentFootprint;
import dev.corral.testsupport.AgentLauncher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * A real corral-agent process for a test: started through host-agent/corral-agent on loopback,
 * ready once it printed its LISTENING line.
 */
public final class AgentProcess implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(60);

    private final Path stateDir;
    private final Process process;
    private final int port;
    private final StringBuilder output = new StringBuilder();
    private final AgentFootprint footprint = AgentFootprint.unique("crc");

    private AgentProcess(Path stateDir, Path authorizedKeys, int port) throws IOException {
        this.stateDir = stateDir;
        ProcessBuilder pb = new ProcessBuilder(AgentLauncher.path().toString(), "--listen", "127.0.0.1:" + port, "--state-dir",
                stateDir.toString(), "--authorized-keys", authorizedKeys.toString(), "--log-level", "warn",
                "--bridge", footprint.bridge(), "--subnet", footprint.subnet());
        pb.redirectErrorStream(true);
        process = pb.start();
        this.port = awaitListening();
    }

    /** Starts an agent on a free port. */
    public static AgentProcess start(Path stateDir, Path authorizedKeys) throws IOException {
        return new AgentProcess(stateDir, authorizedKeys, 0);
    }

    /**
     * Starts an agent on a given port, retrying while the previous owner's socket lingers.
     */
    public static AgentProcess startOn(int port, Path stateDir, Path authorizedKeys) throws IOException {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (true) {
            try {
                return new AgentProcess(stateDir, authorizedKeys, port);
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    private int awaitListening() throws IOException {
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith("LISTENING ")) {
                        listening.complete(Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).strip()));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new IOException("agent exited before listening:\n" + output()));
        }, "agent-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return listening.get(START_DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IOException("agent did not start: " + e.getMessage() + "\n" + output(), e);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public int port() {
        return port;
    }

    /** The containers' addresses are {@code prefix + ".N"}; the agent's bridge has ".1". */
    public String subnetPrefix() {
        return footprint.subnetPrefix();
    }

    public Path stateDir() {
        return stateDir;
    }

    public String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** The agent's host key as an OpenSSH public key line. */
    public String hostKeyLine() throws IOException {
        return Files.readString(stateDir.resolve("ssh_host_ed25519_key.pub"), StandardCharsets.UTF_8).strip();
    }

    public String hostKeyFingerprint() throws Exception {
        PublicKey key = AuthorizedKeyEntry.parseAuthorizedKeyEntry(hostKeyLine()).resolvePublicKey(null,
                PublicKeyEntryResolver.FAILING);
        return KeyUtils.getFingerPrint(key);
    }

    /** Kills the agent and removes its containers and network from the machine. */
    @Override
    public void close() {
        stop();
        footprint.remove(stateDir);
    }

    /** Kills the agent and waits until it is gone, so its port is free again; its containers keep running. */
    public void stop() {
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
