package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real agent process, started the way the console's tests and systemd start it. */
final class AgentProcess implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();

    private AgentProcess(List<String> command, Path workDir, Path stderr) throws IOException {
        this.stderr = stderr;
        process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    stdout.add(line);
                }
            } catch (IOException e) {
                // process gone
            }
        }, "test-agent-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** The agent from this JVM's test classpath. */
    static AgentProcess java(Path workDir, Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new AgentProcess(command, workDir, stderr);
    }

    /** Any command, e.g. the packaged launcher script. */
    static AgentProcess command(Path workDir, Path stderr, List<String> command) throws IOException {
        return new AgentProcess(command, workDir, stderr);
    }

    /** Waits for {@code LISTENING host:port} and returns the port. */
    int awaitListening() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            String line = stdout.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                fail("agent did not print LISTENING within " + START_TIMEOUT + "; stderr:\n" + stderrText());
            }
            if (line.startsWith("LISTENING ")) {
                return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
            }
        }
    }

    /** Sends SIGTERM and returns the exit status. */
    int terminate() throws InterruptedException, IOException {
        process.destroy(); // SIGTERM on Linux
        return exitValue();
    }

    int exitValue() throws InterruptedException, IOException {
        assertTrue(process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                "agent did not exit; stderr:\n" + stderrText());
        return process.exitValue();
    }

    /** Everything printed on stdout so far. */
    List<String> stdoutLines() {
        List<String> lines = new ArrayList<>();
        stdout.drainTo(lines);
        return lines;
    }

    String stderrText() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
