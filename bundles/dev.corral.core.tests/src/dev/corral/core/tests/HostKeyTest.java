package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.StatusCodes;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.model.ConnectionState;
import dev.corral.model.Host;
import dev.corral.model.Task;
import dev.corral.model.TaskState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First contact, pinning and refusals against a real agent. */
class HostKeyTest {

    @TempDir
    static Path agentDir;
    static Path authorizedKeys;
    static AgentProcess agent;

    @BeforeAll
    static void startAgent() throws Exception {
        authorizedKeys = agentDir.resolve("authorized_keys");
        Files.createFile(authorizedKeys);
        agent = AgentProcess.start(agentDir.resolve("state"), authorizedKeys);
    }

    @AfterAll
    static void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    static IStatus connect(TestFleet t, Host host) throws InterruptedException {
        Job job = t.fleet.schedule(new ConnectHostOperation(t.fleet, host));
        return ModelWait.join(job).getResult();
    }

    @Test
    void unknownKeyAsksAndAcceptingPinsIt(@TempDir Path console) throws Exception {
        try (TestFleet t = new TestFleet(console).answering(true)) {
            t.authorizeOn(authorizedKeys);
            Host host = t.addAgent("pinme", agent);

            IStatus status = connect(t, host);

            assertTrue(status.isOK(), status::toString);
            assertEquals(1, t.questions.size());
            TestFleet.Question q = t.questions.get(0);
            assertEquals("[127.0.0.1]:" + agent.port(), q.hostAndPort());
            assertEquals("ssh-ed25519", q.keyType());
            assertEquals(agent.hostKeyFingerprint(), q.fingerprint());
            String knownHosts = Files.readString(console.resolve("known_hosts"));
            assertTrue(knownHosts.contains("[127.0.0.1]:" + agent.port() + " ssh-ed25519 "), knownHosts);
            assertEquals(ConnectionState.CONNECTED, t.fleet.read(host::getState));
        }
        // a new console session over the same state: the pinned key is trusted without a question
        try (TestFleet again = new TestFleet(console).answering(false)) {
            Host host = again.fleet.findHost("pinme");
            IStatus status = connect(again, host);
            assertTrue(status.isOK(), status::toString);
            assertTrue(again.questions.isEmpty(), () -> "asked again: " + again.questions);
        }
    }

    @Test
    void rejectingAnUnknownKeyRefusesTheConnection(@TempDir Path console) throws Exception {
        try (TestFleet t = new TestFleet(console).answering(false)) {
            t.authorizeOn(authorizedKeys);
            Host host = t.addAgent("reject", agent);

            IStatus status = connect(t, host);

            assertEquals(IStatus.ERROR, status.getSeverity());
            assertEquals(StatusCodes.HOST_KEY_REJECTED, status.getCode());
            assertTrue(status.getMessage().contains(agent.hostKeyFingerprint()), status.getMessage());
            assertEquals(1, t.questions.size());
            assertEquals(ConnectionState.FAILED, t.fleet.read(host::getState));
            assertFalse(Files.exists(console.resolve("known_hosts")) && Files.readString(console.resolve("known_hosts"))
                    .contains(String.valueOf(agent.port())));
            Task task = t.fleet.read(() -> t.fleet.getTaskLog().getTasks().get(0));
            assertEquals(TaskState.FAILED, t.fleet.read(task::getState));
            assertEquals(status.getMessage(), t.fleet.read(task::getMessage));
        }
    }

    @Test
    void headlessDefaultRejectsUnknownKeys(@TempDir Path console) throws Exception {
        try (TestFleet t = new TestFleet(console)) {
            t.authorizeOn(authorizedKeys);
            Host host = t.addAgent("headless", agent);
            IStatus status = connect(t, host);
            assertEquals(StatusCodes.HOST_KEY_REJECTED, status.getCode(), status::toString);
        }
    }

    @Test
    void changedHostKeyIsRefusedWithBothFingerprints(@TempDir Path console, @TempDir Path other) throws Exception {
        Path keys = other.resolve("authorized_keys");
        AgentProcess first = AgentProcess.start(other.resolve("state-1"), keys);
        int port = first.port();
        String pinned = first.hostKeyFingerprint();
        try (TestFleet t = new TestFleet(console).answering(true)) {
            t.authorizeOn(keys);
            Host host = t.addAgent("changed", first);
            assertTrue(connect(t, host).isOK());
            t.fleet.getConnection(host).disconnect();
            first.close();

            // same address and port, fresh state directory: a new host key
            try (AgentProcess second = AgentProcess.startOn(port, other.resolve("state-2"), keys)) {
                String offered = second.hostKeyFingerprint();
                t.questions.clear();

                IStatus status = connect(t, host);

                assertEquals(StatusCodes.HOST_KEY_CHANGED, status.getCode(), status::toString);
                assertTrue(status.getMessage().contains(pinned), status.getMessage());
                assertTrue(status.getMessage().contains(offered), status.getMessage());
                assertTrue(t.questions.isEmpty(), "a changed key must not be offered for confirmation");
                assertEquals(ConnectionState.FAILED, t.fleet.read(host::getState));
                assertEquals(status.getMessage(), t.fleet.read(host::getMessage));
            }
        } finally {
            first.close();
        }
    }

    @Test
    void unauthorizedClientKeyIsRefusedWithTheKeyToAuthorize(@TempDir Path console) throws Exception {
        try (TestFleet t = new TestFleet(console).answering(true)) {
            // not authorized on the agent
            Host host = t.addAgent("stranger", agent);

            IStatus status = connect(t, host);

            assertEquals(StatusCodes.AUTH_FAILED, status.getCode(), status::toString);
            String publicKey = t.fleet.getConsolePublicKey();
            String keyData = publicKey.split(" ")[1];
            assertTrue(status.getMessage().contains(keyData), status.getMessage());
            assertEquals(ConnectionState.FAILED, t.fleet.read(host::getState));
        }
    }
}
