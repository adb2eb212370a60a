package dev.corral.agent.internal.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Versions of the runtime tools, asked from the tools themselves, null when absent or broken. */
public final class ToolVersions {

    private static final Logger LOG = LoggerFactory.getLogger(ToolVersions.class);
    private static final long TIMEOUT_MILLIS = 3000;

    private ToolVersions() {
    }

    /** {@code runc --version} says "runc version 1.1.5" on its first line. */
    public static String runc() {
        return version(run("runc", "--version"), "runc version");
    }

    /** {@code criu --version} says "Version: 4.2.1". */
    public static String criu() {
        return version(run("criu", "--version"), "Version:");
    }

    static String version(String output, String prefix) {
        if (output == null) {
            return null;
        }
        for (String line : output.split("\n")) {
            String l = line.strip();
            if (l.startsWith(prefix)) {
                String v = l.substring(prefix.length()).strip();
                return v.isEmpty() ? null : v;
            }
        }
        String first = output.strip().split("\n", 2)[0].strip();
        return first.isEmpty() ? null : first;
    }

    /** @return stdout of a command that exited 0 within the timeout, else null */
    static String run(String... command) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            return null; // not installed
        }
        try (InputStream in = p.getInputStream()) {
            // Version output is a few lines; reading after exit cannot deadlock on a full pipe.
            if (!p.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("{} did not answer within {} ms", String.join(" ", command), TIMEOUT_MILLIS);
                p.destroyForcibly();
                return null;
            }
            String out = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return null;
        }
    }
}
