package dev.corral.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find {@code host-agent/corral-agent} (and corral-lab beside it). */
public final class AgentLauncher {

    private AgentLauncher() {
    }

    /**
     * The system property {@code corral.agent.launcher} (the test bundles' poms set it), else
     * relative to a test bundle's directory, where Tycho runs the tests.
     */
    public static Path path() {
        String configured = System.getProperty("corral.agent.launcher");
        Path path = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).resolve("../../host-agent/corral-agent");
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("no agent launcher at " + path.toAbsolutePath().normalize()
                    + ": build host-agent first (the reactor builds it before the bundles)");
        }
        return path;
    }
}
