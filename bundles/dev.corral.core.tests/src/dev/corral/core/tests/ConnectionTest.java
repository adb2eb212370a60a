package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.JobFamilies;
import dev.corral.core.StatusCodes;
import dev.corral.core.client.AgentClient;
import dev.corral.core.client.AgentException;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.core.operations.DisconnectHostOperation;
import dev.corral.model.ConnectionState;
import dev.corral.model.Host;
import dev.corral.model.HostFacts;
import dev.corral.model.Task;
import dev.corral.model.TaskState;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Protocol;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting to a real agent: facts, metrics, RPC errors, tasks, disconnect. */
class ConnectionTest {

    @TempDir
    static Path agentDir;
    @TempDir
    static Path consoleDir;
    static AgentProcess agent;
    static TestFleet t;
    static Host host;

    @BeforeAll
    static void connect() throws Exception {
        Path keys = agentDir.resolve("authorized_keys");
        agent = AgentProcess.start(agentDir.resolve("state"), keys);
        t = new TestFleet(consoleDir).answering(true);
        t.authorizeOn(keys);
        host = t.addAgent("local", agent);
        IStatus status = ModelWait.join(t.fleet.schedule(new ConnectHostOperation(t.fleet, host))).getResult();
        assertTrue(status.isOK(), status::toString);
    }

    @AfterAll
    static void stop() {
        if (t != null) {
            t.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void helloFactsLandInTheModel() {
        HostFacts facts = t.fleet.read(host::getFacts);
        assertNotNull(facts);
        assertEquals(ConnectionState.CONNECTED, t.fleet.read(host::getState));
        assertEquals(Protocol.VERSION, facts.getProtocolVersion());
        assertNotNull(facts.getAgentVersion());
        assertNotNull(facts.getHostname());
        assertNotNull(facts.getKernel());
        assertTrue(facts.getCpus() > 0, "cpus");
        assertTrue(facts.getMemoryBytes() > 0, "memory");
    }

    @Test
    void metricsEventsLandInTheModel() {
        ModelWait.until(t.fleet, () -> host.getMetrics() != null, () -> "metrics " + host.getMetrics());
        long first = t.fleet.read(() -> host.getMetrics().getTimestamp());
        // the agent pushes periodically: a later sample replaces the first
        ModelWait.until(t.fleet, () -> host.getMetrics() != null && host.getMetrics().getTimestamp() > first,
                () -> "timestamp still " + first);
        assertTrue(t.fleet.read(() -> host.getMetrics().getMemoryTotalBytes()) > 0);
    }

    @Test
    void connectIsRecordedAsATask() {
        Task task = t.fleet.read(() -> t.fleet.getTaskLog().getTasks().stream()
                .filter(x -> "local".equals(x.getHost())).findFirst().orElseThrow());
        assertEquals(TaskState.DONE, task.getState());
        assertTrue(task.getTitle().contains("local"), task.getTitle());
        assertTrue(task.getStartTime() > 0 && task.getEndTime() >= task.getStartTime());
    }

    @Test
    void agentErrorsArriveTypedWithTheAgentsMessage() {
        AgentClient client = t.fleet.getConnection(host).getClient();
        assertNotNull(client);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.call("no.such.method", null, Object.class).get(20, TimeUnit.SECONDS));
        AgentException agentError = assertInstanceOf(AgentException.class, e.getCause());
        assertEquals(ErrorCodes.METHOD_NOT_FOUND, agentError.getCode());
        assertEquals(StatusCodes.AGENT_ERROR, agentError.getStatus().getCode());
        assertTrue(agentError.getStatus().getMessage().contains(agentError.getAgentMessage()));
    }

    @Test
    void cancellingAConnectClosesTheAttempt(@TempDir Path console) throws Exception {
        // a peer that accepts TCP but never speaks SSH: the attempt hangs until cancelled
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress()); TestFleet other = new TestFleet(console)) {
            Host mute = other.fleet.addHost(new dev.corral.core.HostSpec("mute", "127.0.0.1", silent.getLocalPort(),
                    "root", null));
            Job job = other.fleet.schedule(new ConnectHostOperation(other.fleet, mute));
            ModelWait.until(other.fleet, () -> mute.getState() == ConnectionState.CONNECTING, () -> "" + mute.getState());

            job.cancel();

            assertEquals(IStatus.CANCEL, ModelWait.join(job).getResult().getSeverity());
            assertEquals(ConnectionState.DISCONNECTED, other.fleet.read(mute::getState));
            Task task = other.fleet.read(() -> other.fleet.getTaskLog().getTasks().get(0));
            assertEquals(TaskState.CANCELLED, other.fleet.read(task::getState));
        }
    }

    @Test
    void disconnectClosesAndReconnectWorks(@TempDir Path console) throws Exception {
        try (TestFleet other = new TestFleet(console).answering(true)) {
            other.authorizeOn(agentDir.resolve("authorized_keys"));
            Host h = other.addAgent("again", agent);
            assertTrue(ModelWait.join(other.fleet.schedule(new ConnectHostOperation(other.fleet, h))).getResult().isOK());

            ModelWait.join(other.fleet.schedule(new DisconnectHostOperation(other.fleet, h)));

            assertEquals(ConnectionState.DISCONNECTED, other.fleet.read(h::getState));
            assertFalse(other.fleet.getConnection(h).isConnected());
            assertTrue(ModelWait.join(other.fleet.schedule(new ConnectHostOperation(other.fleet, h))).getResult().isOK());
            assertEquals(ConnectionState.CONNECTED, other.fleet.read(h::getState));
        }
    }

    @Test
    void lostConnectionIsRetriedUntilTheAgentIsBack(@TempDir Path dir, @TempDir Path console) throws Exception {
        Path keys = dir.resolve("authorized_keys");
        AgentProcess flaky = AgentProcess.start(dir.resolve("state"), keys);
        int port = flaky.port();
        try (TestFleet other = new TestFleet(console).answering(true)) {
            other.authorizeOn(keys);
            Host h = other.addAgent("flaky", flaky);
            assertTrue(ModelWait.join(other.fleet.schedule(new ConnectHostOperation(other.fleet, h))).getResult().isOK());

            flaky.close();
            ModelWait.until(other.fleet, () -> h.getState() == ConnectionState.FAILED && h.getMessage() != null
                    && other.fleet.getConnection(h).isReconnecting(), () -> h.getState() + " " + h.getMessage());

            // same state directory, same key, same port: the retry gets through without a question
            other.questions.clear();
            flaky = AgentProcess.startOn(port, dir.resolve("state"), keys);
            ModelWait.until(other.fleet, () -> h.getState() == ConnectionState.CONNECTED,
                    () -> h.getState() + " " + h.getMessage());
            assertTrue(other.questions.isEmpty());
            Job.getJobManager().join(JobFamilies.RECONNECT, null); // the successful attempt's job ends
            assertFalse(other.fleet.getConnection(h).isReconnecting());

            // a disconnect during retries stops them
            flaky.close();
            ModelWait.until(other.fleet, () -> other.fleet.getConnection(h).isReconnecting(), () -> h.getMessage());
            other.fleet.getConnection(h).disconnect();
            assertFalse(other.fleet.getConnection(h).isReconnecting());
            Job.getJobManager().join(JobFamilies.RECONNECT, null);
            assertEquals(ConnectionState.DISCONNECTED, other.fleet.read(h::getState));
        } finally {
            flaky.close();
        }
    }
}
