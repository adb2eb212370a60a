package dev.corral.runtime;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The test's end of a {@link RoutedHostDriver} running in a host network namespace. */
final class HostDriver implements AutoCloseable {

    private final Process process;
    private final BufferedReader in;
    private final Writer out;
    final String agentId;
    final Path stateDir;

    HostDriver(String netns, Path stateDir, String agentId, String lan, String subnet) throws IOException {
        this.agentId = agentId;
        this.stateDir = stateDir;
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        process = new ProcessBuilder(List.of("nsenter", "--net=/run/netns/" + netns, "--", java,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", cp, RoutedHostDriver.class.getName(),
                stateDir.toString(), agentId, lan, subnet))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String ready = in.readLine();
        if (!"ok\tready".equals(ready)) {
            process.destroyForcibly();
            throw new IllegalStateException("host driver in " + netns + " did not start: " + ready);
        }
    }

    /** Runs a command; its payload, or an AssertionError with the runtime's error. */
    String call(String... words) {
        String[] r = send(words);
        if (!r[0].equals("ok")) {
            throw new AssertionError(String.join(" ", words) + " failed: " + r[1] + " " + (r.length > 2 ? r[2] : ""));
        }
        return r.length > 1 ? r[1] : "";
    }

    /** Runs a command that must fail; the error kind. */
    String fails(String... words) {
        String[] r = send(words);
        if (!r[0].equals("err")) {
            throw new AssertionError(String.join(" ", words) + " succeeded, expected an error");
        }
        return r[1];
    }

    private String[] send(String... words) {
        try {
            out.write(String.join("\t", words) + "\n");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                throw new AssertionError("host driver " + agentId + " exited");
            }
            return line.replace("\\n", "\n").replace("\\\\", "\\").split("\t", 3);
        } catch (IOException e) {
            throw new AssertionError("host driver " + agentId + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            out.write("quit\n");
            out.flush();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
