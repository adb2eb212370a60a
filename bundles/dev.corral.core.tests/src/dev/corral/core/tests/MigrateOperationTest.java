package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.FleetService;
import dev.corral.core.migration.Checkpoints;
import dev.corral.core.migration.MigrationPrecheck;
import dev.corral.core.migration.PrecheckReport;
import dev.corral.core.operations.BuildTemplateOperation;
import dev.corral.core.operations.CheckpointOperation;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.core.operations.CorralOperation;
import dev.corral.core.operations.CreateContainerOperation;
import dev.corral.core.operations.MigrateOperation;
import dev.corral.model.Container;
import dev.corral.model.ContainerState;
import dev.corral.model.Host;
import dev.corral.model.Task;
import dev.corral.model.TaskState;
import dev.corral.core.client.AgentException;
import dev.corral.protocol.CheckpointInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.TaskInfo;
import dev.corral.testsupport.Lab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * Checkpoint and live migration through the console's operations between two real agent hosts of
 * a lab: the prechecks, the migration followed through the agent's task events, the container
 * moving in the model from one host to the other, and the frozen time in the task log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrateOperationTest {

    private static final Duration BUILD = Duration.ofMinutes(3);
    private static final Duration MIGRATE = Duration.ofMinutes(2);
    private static final String NAME = "mover";

    @TempDir
    static Path consoleDir;
    static Lab lab;
    static TestFleet t;
    static FleetService fleet;
    static Host h1;
    static Host h2;

    @BeforeAll
    static void labOfTwo() throws Exception {
        lab = Lab.up("cs", 2);
        assertEquals("routed", lab.hosts().get(0).network(), "migration needs routed lab hosts");
        t = new TestFleet(consoleDir); // host keys come pinned from the seed: nothing to answer
        fleet = t.fleet;
        assertTrue(fleet.applySeed(lab.seedFile()).isOK());
        h1 = fleet.findHost(lab.hosts().get(0).name());
        h2 = fleet.findHost(lab.hosts().get(1).name());
        for (Host h : List.of(h1, h2)) {
            assertOk(run(new ConnectHostOperation(fleet, h), ModelWait.DEADLINE));
            // the destination needs the template too (the container's lower layer is not sent)
            assertOk(run(new BuildTemplateOperation(fleet, h, BuildTemplateOperation.BUSYBOX), BUILD));
        }
        ContainerSpec spec = new ContainerSpec(NAME, BuildTemplateOperation.BUSYBOX, null, lab.lanAddress(50), null, null,
                null);
        assertOk(run(new CreateContainerOperation(fleet, h1, spec, true), ModelWait.DEADLINE));
        ModelWait.until(fleet, () -> container(h1) != null && container(h1).getState() == ContainerState.RUNNING,
                () -> String.valueOf(h1.getContainers()));
    }

    @AfterAll
    static void down() {
        try {
            if (t != null) {
                t.close();
            }
        } finally {
            if (lab != null) {
                lab.close();
            }
        }
    }

    @Test
    @Order(1)
    void checkpointKeepingItRunningIsListedWithItsFrozenTime() throws Exception {
        CheckpointOperation checkpoint = new CheckpointOperation(fleet, container(h1), true);
        assertOk(run(checkpoint, ModelWait.DEADLINE));
        assertEquals(ContainerState.RUNNING, fleet.read(() -> container(h1).getState()));
        CheckpointInfo taken = checkpoint.getCheckpoint();
        assertNotNull(taken);
        List<CheckpointInfo> listed = Checkpoints.list(fleet, container(h1), null);
        assertTrue(listed.stream().anyMatch(c -> c.id().equals(taken.id())), listed::toString);
        Task task = lastTask();
        assertEquals(TaskState.DONE, task.getState());
        assertTrue(task.getMessage().contains(taken.id()), task::getMessage);
    }

    @Test
    @Order(2)
    void prechecksPassForARunningContainerAndAConnectedHost() throws Exception {
        PrecheckReport report = new MigrationPrecheck(fleet, container(h1), h2).run(null);
        assertTrue(report.livePossible(), report::toString);
        assertTrue(report.checks().stream().allMatch(PrecheckReport.Check::passed), report::toString);
        PrecheckReport same = new MigrationPrecheck(fleet, container(h1), h1).run(null);
        assertFalse(same.livePossible());
        assertFalse(same.restartPossible());
    }

    @Test
    @Order(3)
    void liveMigrationMovesTheContainerAndRecordsTheFrozenTime() throws Exception {
        MigrateOperation migrate = new MigrateOperation(fleet, container(h1), h2, false, false);
        assertOk(run(migrate, MIGRATE));
        TaskInfo finished = migrate.getFinished();
        assertEquals(TaskInfo.SUCCEEDED, finished.state());
        ModelWait.until(fleet, () -> container(h1) == null && container(h2) != null
                && container(h2).getState() == ContainerState.RUNNING,
                () -> h1.getContainers() + " / " + h2.getContainers());
        Task task = lastTask();
        assertEquals(TaskState.DONE, task.getState());
        assertEquals(100, task.getProgress());
        String frozen = dev.corral.core.internal.Messages.TaskProgress_frozen;
        assertTrue(task.getMessage().startsWith(frozen.substring(0, frozen.indexOf('{'))), task::getMessage);
        assertEquals(lab.lanAddress(50), fleet.read(() -> container(h2).getIpAddress()));
    }

    @Test
    @Order(4)
    void theContainerCanGoBackAndIsRefusedWhereItAlreadyIs() throws Exception {
        assertNull(container(h1));
        assertOk(run(new MigrateOperation(fleet, container(h2), h1, false, false), MIGRATE));
        ModelWait.until(fleet, () -> container(h2) == null && container(h1) != null
                && container(h1).getState() == ContainerState.RUNNING,
                () -> h1.getContainers() + " / " + h2.getContainers());
    }

    @Test
    @Order(5)
    void theOperationAsksTheAgentForTheChosenMode() throws Exception {
        MigrateParams live = new MigrateOperation(fleet, container(h1), h2, false, false).params();
        assertEquals(NAME, live.name());
        assertEquals(MigrateParams.LIVE, live.mode());
        assertFalse(live.postCopy());
        assertEquals(fleet.read(h2::getAddress), live.destination().address());
        assertEquals(fleet.read(h2::getPort), live.destination().port());
        assertNotNull(live.destination().hostKey(), "the destination's pinned key");
        MigrateParams postCopy = new MigrateOperation(fleet, container(h1), h2, false, true).params();
        assertEquals(MigrateParams.LIVE, postCopy.mode());
        assertTrue(postCopy.postCopy());
        MigrateParams restart = new MigrateOperation(fleet, container(h1), h2, true, true).params();
        assertEquals(MigrateParams.RESTART, restart.mode());
        assertFalse(restart.postCopy(), "post-copy is a kind of live migration");
    }

    @Test
    @Order(6)
    void aRestartMigrationMovesTheContainer() throws Exception {
        MigrateOperation migrate = new MigrateOperation(fleet, container(h1), h2, true, false);
        assertOk(run(migrate, MIGRATE));
        ModelWait.until(fleet, () -> container(h1) == null && container(h2) != null
                && container(h2).getState() == ContainerState.RUNNING,
                () -> h1.getContainers() + " / " + h2.getContainers());
        Task task = lastTask();
        assertEquals(TaskState.DONE, task.getState(), task::getMessage);
        assertEquals(migrate.getTitle(), task.getTitle());
        assertTrue(task.getTitle().contains("restart"), task::getTitle);
    }

    @Test
    @Order(7)
    void aPostCopyMigrationMovesTheContainerBack() throws Exception {
        MigrateOperation migrate = new MigrateOperation(fleet, container(h2), h1, false, true);
        assertOk(run(migrate, MIGRATE));
        ModelWait.until(fleet, () -> container(h2) == null && container(h1) != null
                && container(h1).getState() == ContainerState.RUNNING,
                () -> h1.getContainers() + " / " + h2.getContainers());
        Task task = lastTask();
        assertEquals(TaskState.DONE, task.getState(), task::getMessage);
        assertTrue(task.getTitle().contains("post-copy"), task::getTitle);
    }

    /**
     * The agent has the last word on a way to migrate: a restart migration does not carry
     * checkpoints, so the agent refuses one of a container that has some. The operation fails with
     * the agent's own message and the container runs where it ran.
     */
    @Test
    @Order(8)
    void aMigrationTheAgentRefusesFailsWithTheAgentsOwnWords() throws Exception {
        assertOk(run(new CheckpointOperation(fleet, container(h1), true), ModelWait.DEADLINE));
        MigrateOperation migrate = new MigrateOperation(fleet, container(h1), h2, true, false);
        IStatus result = run(migrate, MIGRATE);
        assertFalse(result.isOK(), "refused: the container has a checkpoint");
        assertTrue(result.getException() instanceof AgentException, result::toString);
        AgentException refusal = (AgentException) result.getException();
        assertEquals(Methods.CONTAINER_MIGRATE, refusal.getMethod());
        assertTrue(refusal.getAgentMessage().contains("checkpoint"), refusal::getAgentMessage);
        assertTrue(result.getMessage().contains(refusal.getAgentMessage()), result::getMessage);
        Task task = lastTask();
        assertEquals(TaskState.FAILED, task.getState());
        assertEquals(result.getMessage(), task.getMessage(), "the task log says the same");
        assertEquals(ContainerState.RUNNING, fleet.read(() -> container(h1).getState()));
        assertNull(container(h2));
    }

    private static Container container(Host host) {
        return fleet.read(() -> host.getContainers().stream().filter(c -> NAME.equals(c.getName())).findFirst()
                .orElse(null));
    }

    private static Task lastTask() {
        return fleet.read(() -> fleet.getTaskLog().getTasks().get(fleet.getTaskLog().getTasks().size() - 1));
    }

    private static IStatus run(CorralOperation operation, Duration deadline) throws InterruptedException {
        Job job = fleet.schedule(operation);
        if (!job.join(deadline.toMillis(), null)) {
            throw new AssertionError("'" + operation.getTitle() + "' did not finish within " + deadline);
        }
        return job.getResult();
    }

    private static void assertOk(IStatus status) {
        assertTrue(status.isOK(), status::toString);
    }
}
