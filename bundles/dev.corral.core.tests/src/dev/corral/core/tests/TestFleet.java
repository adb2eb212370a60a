package dev.corral.core.tests;

import dev.corral.core.FleetService;
import dev.corral.core.HostKeyCallback;
import dev.corral.core.HostSpec;
import dev.corral.model.Host;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.core.runtime.CoreException;

/** A started fleet in a temporary state directory, tuned for fast tests. */
public final class TestFleet implements AutoCloseable {

    /** One question the fleet asked about a host key. */
    public record Question(String hostAndPort, String keyType, String fingerprint) {
    }

    public final FleetService fleet;
    public final List<Question> questions = new CopyOnWriteArrayList<>();
    private volatile boolean answer;

    public TestFleet(Path stateDir) throws CoreException {
        fleet = new FleetService(stateDir);
        fleet.getSettings().setConnectTimeout(Duration.ofSeconds(20));
        fleet.getSettings().setRequestTimeout(Duration.ofSeconds(20));
        fleet.getSettings().setMetricsIntervalMillis(250);
        fleet.getSettings().setReconnectInitialDelay(Duration.ofMillis(200));
        fleet.getSettings().setReconnectMaxDelay(Duration.ofSeconds(1));
        fleet.start();
    }

    /** Registers a callback that records questions and gives {@code accept} as the answer. */
    public TestFleet answering(boolean accept) {
        answer = accept;
        fleet.setHostKeyCallback(new HostKeyCallback() {
            @Override
            public boolean confirmNewKey(String hostAndPort, String keyType, String fingerprint) {
                questions.add(new Question(hostAndPort, keyType, fingerprint));
                return answer;
            }
        });
        return this;
    }

    /** Appends the console's own public key to an authorized_keys file. */
    public void authorizeOn(Path authorizedKeys) throws CoreException, IOException {
        Files.writeString(authorizedKeys, fleet.getConsolePublicKey() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public Host addAgent(String name, AgentProcess agent) throws CoreException {
        return fleet.addHost(new HostSpec(name, "127.0.0.1", agent.port(), "root", null));
    }

    @Override
    public void close() {
        fleet.stop();
    }
}
