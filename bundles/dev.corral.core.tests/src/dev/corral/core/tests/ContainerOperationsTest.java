package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.ShellSession;
import dev.corral.core.client.AgentClient;
import dev.corral.core.internal.ContainerMapper;
import dev.corral.core.operations.BuildTemplateOperation;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.core.operations.ContainerAction;
import dev.corral.core.operations.ContainerActionOperation;
import dev.corral.core.operations.CreateContainerOperation;
import dev.corral.core.operations.DisconnectHostOperation;
import dev.corral.core.operations.SetLimitsOperation;
import dev.corral.model.Container;
import dev.corral.model.ContainerState;
import dev.corral.model.Host;
import dev.corral.model.Task;
import dev.corral.model.TaskState;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.Limits;
import dev.corral.protocol.Methods;
import dev.corral.protocol.StopParams;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A container's life through the console's operations against a real agent with real runc:
 * the model follows the agent's answers and its events, including changes other clients make.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerOperationsTest {

    private static final String NAME = "web";
    private static final Duration BUILD = Duration.ofMinutes(3);

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
        host = t.addAgent("lab", agent);
        assertOk(run(new ConnectHostOperation(t.fleet, host)));
        Job build = t.fleet.schedule(new BuildTemplateOperation(t.fleet, host, BuildTemplateOperation.BUSYBOX));
        if (!build.join(BUILD.toMillis(), null)) {
            throw new AssertionError("no busybox template within " + BUILD);
        }
        assertOk(build.getResult());
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
    @Order(1)
    void createdContainerAppearsUnderItsHostWithItsLimits() throws Exception {
        String ip = agent.subnetPrefix() + ".23";
        Limits limits = new Limits(64L << 20, null, 0.5, null, null, 64L, null);
        assertOk(run(new CreateContainerOperation(t.fleet, host,
                new ContainerSpec(NAME, "busybox", "web-1", ip, limits, null, null), false)));
        Container c = container();
        assertNotNull(c, "in the model");
        t.fleet.read(() -> {
            assertEquals(ContainerState.STOPPED, c.getState());
            assertEquals(ip, c.getIpAddress());
            assertEquals("web-1", c.getHostname());
            assertEquals("busybox", c.getTemplate());
            assertNotNull(c.getUuid());
            assertEquals(64L << 20, c.getLimits().getMemoryBytes());
            assertEquals(0.5, c.getLimits().getCpus());
            assertEquals(64L, c.getLimits().getPids());
            return null;
        });
        Task task = t.fleet.read(() -> t.fleet.getTaskLog().getTasks().get(t.fleet.getTaskLog().getTasks().size() - 1));
        assertEquals(TaskState.DONE, t.fleet.read(task::getState));
        assertTrue(t.fleet.read(task::getTitle).contains(NAME));
    }

    @Test
    @Order(2)
    void startedContainerRunsAndReportsUsage() throws Exception {
        assertOk(run(new ContainerActionOperation(t.fleet, container(), ContainerAction.START)));
        Container c = container();
        assertEquals(ContainerState.RUNNING, t.fleet.read(c::getState));
        ModelWait.until(t.fleet, () -> c.getMetrics() != null && c.getMetrics().getPids() > 0,
                () -> "metrics " + c.getMetrics());
    }

    @Test
    @Order(3)
    void limitsChangeLiveAndARefusedChangeLeavesTheRealValues() throws Exception {
        Container c = container();
        assertOk(run(new SetLimitsOperation(t.fleet, c, new Limits(128L << 20, null, null, null, null, null, null))));
        assertEquals(128L << 20, t.fleet.read(() -> c.getLimits().getMemoryBytes()));

        // a cpuset naming CPUs the host does not have: only the agent can know
        IStatus refused = run(new SetLimitsOperation(t.fleet, c, new Limits(null, null, null, null, "4000", null, null)));
        assertEquals(IStatus.ERROR, refused.getSeverity(), refused::toString);
        assertTrue(refused.getMessage().contains(Methods.CONTAINER_SET), refused.getMessage());
        assertEquals("", t.fleet.read(() -> c.getLimits().getCpuset()));
        assertEquals(128L << 20, t.fleet.read(() -> c.getLimits().getMemoryBytes()));
    }

    @Test
    @Order(4)
    void aShellRunsCommandsInTheContainer() throws Exception {
        try (ShellSession shell = ShellSession.open(t.fleet, container(), 100, 30, null)) {
            shell.getInput().write("echo $((6*7)); hostname\n".getBytes(StandardCharsets.UTF_8));
            shell.getInput().flush();
            String seen = readUntil(shell.getOutput(), "web-1");
            assertTrue(seen.contains("42"), seen);
            shell.resize(120, 40);
            shell.getInput().write("stty size\n".getBytes(StandardCharsets.UTF_8));
            shell.getInput().flush();
            assertTrue(readUntil(shell.getOutput(), "40 120").contains("40 120"));
            shell.getInput().write("exit 3\n".getBytes(StandardCharsets.UTF_8));
            shell.getInput().flush();
            CompletableFuture<Void> closed = new CompletableFuture<>();
            shell.onClosed(() -> closed.complete(null));
            closed.get(20, TimeUnit.SECONDS);
            assertEquals(3, shell.getExitStatus());
        }
    }

    @Test
    @Order(5)
    void aStopByAnotherClientArrivesAsAnEvent() throws Exception {
        AgentClient other = t.fleet.getConnection(host).requireClient();
        // the same agent, but not through an operation: only the event can tell the model
        other.call(Methods.CONTAINER_STOP, new StopParams(NAME, 0, true), ContainerInfo.class);
        Container c = container();
        ModelWait.until(t.fleet, () -> c.getState() == ContainerState.STOPPED, () -> "state " + c.getState());
        assertNull(t.fleet.read(c::getMetrics), "a stopped container shows no usage");
    }

    @Test
    @Order(6)
    void reconnectingListsTheContainersAgain() throws Exception {
        Container before = container();
        assertOk(run(new DisconnectHostOperation(t.fleet, host)));
        assertEquals(ContainerState.UNKNOWN, t.fleet.read(before::getState));
        assertOk(run(new ConnectHostOperation(t.fleet, host)));
        assertEquals(ContainerState.STOPPED, t.fleet.read(before::getState));
        assertTrue(before == container(), "the same model object: selections and terminals survive");
    }

    @Test
    @Order(7)
    void destroyedContainerLeavesTheModel() throws Exception {
        assertOk(run(new ContainerActionOperation(t.fleet, container(), ContainerAction.DESTROY)));
        assertNull(container());
        IStatus gone = run(new ContainerActionOperation(t.fleet, host, NAME, ContainerAction.START));
        assertEquals(IStatus.ERROR, gone.getSeverity());
        assertTrue(gone.getMessage().contains(NAME), gone.getMessage());
    }

    private static Container container() {
        return t.fleet.read(() -> ContainerMapper.find(host, NAME));
    }

    private static IStatus run(dev.corral.core.operations.CorralOperation operation) throws InterruptedException {
        return ModelWait.join(t.fleet.schedule(operation)).getResult();
    }

    private static void assertOk(IStatus status) {
        assertTrue(status.isOK(), status::toString);
    }

    /** Reads the terminal's output until {@code expected} shows up (bounded by the test's deadline). */
    private static String readUntil(InputStream in, String expected) throws Exception {
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    seen.write(buffer, 0, n);
                    if (seen.toString(StandardCharsets.UTF_8).contains(expected)) {
                        break;
                    }
                }
            } catch (java.io.IOException e) {
                // the shell ended: return what came
            }
            return seen.toString(StandardCharsets.UTF_8);
        });
        return found.get(ModelWait.DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }
}
