package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.operations.BuildTemplateOperation;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.core.operations.CorralOperation;
import dev.corral.core.operations.CreateContainerOperation;
import dev.corral.core.operations.FollowTaskOperation;
import dev.corral.core.operations.MigrateOperation;
import dev.corral.core.operations.OperationJob;
import dev.corral.model.Container;
import dev.corral.model.ContainerState;
import dev.corral.model.Host;
import dev.corral.model.Task;
import dev.corral.model.TaskState;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskParams;
import dev.corral.testsupport.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration runs on the agent whoever started it: a console that connects while one runs sees
 * it in its task log and follows it in a job of its own (cancelling that job cancels the agent's
 * task), and sees one that ended in its history. The migrations are held in their transfer by the
 * source agent's {@code hold-transfer} test hook until the test releases them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReattachTest {

    private static final Duration BUILD = Duration.ofMinutes(3);
    private static final Duration MIGRATE = Duration.ofMinutes(2);
    private static final String NAME = "drifter";
    private static final String HOLD = "hold-transfer";

    @TempDir
    static Path consoles;
    static Lab lab;
    /** The console that starts the migrations. */
    static TestFleet starter;
    static TestFleet other;
    static Job startedMigration;

    @BeforeAll
    static void labOfTwo() throws Exception {
        lab = Lab.withTestHooks("cs", 2);
        starter = fleet("starter");
        for (Host h : starter.fleet.getHosts()) {
            // the destination needs the template too (the container's lower layer is not sent)
            assertOk(run(starter.fleet, new BuildTemplateOperation(starter.fleet, h, BuildTemplateOperation.BUSYBOX),
                    BUILD));
        }
        ContainerSpec spec = new ContainerSpec(NAME, BuildTemplateOperation.BUSYBOX, null, lab.lanAddress(60), null,
                null, null);
        Host h1 = host(starter.fleet, 0);
        assertOk(run(starter.fleet, new CreateContainerOperation(starter.fleet, h1, spec, true), ModelWait.DEADLINE));
        ModelWait.until(starter.fleet, () -> state(starter.fleet, 0) == ContainerState.RUNNING,
                () -> String.valueOf(h1.getContainers()));
    }

    @AfterEach
    void release() throws Exception {
        for (Lab.LabHost h : lab.hosts()) {
            Files.deleteIfExists(h.testHook(HOLD));
        }
        if (startedMigration != null) {
            startedMigration.join(MIGRATE.toMillis(), null);
            startedMigration = null;
        }
        if (other != null) {
            other.close();
            other = null;
        }
    }

    @AfterAll
    static void down() {
        try {
            if (starter != null) {
                starter.close();
            }
        } finally {
            if (lab != null) {
                lab.close();
            }
        }
    }

    @Test
    @Order(1)
    void aConsoleConnectingDuringAMigrationFollowsItToItsEndAndSeesTheContainerMove() throws Exception {
        String id = holdMigration(0, 1);

        TaskInfo onAgent = agentTask(0, id);
        long startedOnAgent = Instant.parse(onAgent.started()).toEpochMilli();
        Host to = host(starter.fleet, 1);
        assertEquals(starter.fleet.read(() -> to.getAddress() + ":" + to.getPort()), onAgent.destination());
        other = fleet("other");
        FleetService f = other.fleet;
        Task found = awaitTask(f, id);
        assertEquals(TaskState.RUNNING, f.read(found::getState));
        assertTrue(f.read(found::getTitle).contains(NAME), () -> f.read(found::getTitle));
        assertTrue(f.read(found::getTitle).contains(" to " + host(f, 1).getName()), () -> f.read(found::getTitle));
        // when the agent began it, which was before this console connected, not when it began following
        ModelWait.until(f, () -> found.getStartTime() == startedOnAgent,
                () -> found.getStartTime() + " is not the agent's " + startedOnAgent);
        Job follower = follower(f, id);
        ModelWait.until(f, () -> f.read(found::getMessage) != null && f.read(found::getMessage).contains("transfer"),
                () -> f.read(found::getMessage));

        Files.delete(lab.hosts().get(0).testHook(HOLD));
        assertTrue(follower.join(MIGRATE.toMillis(), null), "the follower ends with the migration");
        assertOk(follower.getResult());
        assertEquals(TaskState.DONE, f.read(found::getState), () -> f.read(found::getMessage));
        assertEquals(100, f.read(found::getProgress));
        assertTrue(f.read(found::getMessage).startsWith("frozen "), () -> f.read(found::getMessage));
        // the fleet tree of the console that only watched: gone from the source, running on the destination
        ModelWait.until(f, () -> state(f, 0) == null && state(f, 1) == ContainerState.RUNNING,
                () -> host(f, 0).getContainers() + " / " + host(f, 1).getContainers());
        assertOk(joined(startedMigration));
        assertTrue(f.getFollowedTasks() != null && !f.getFollowedTasks().isFollowed(host(f, 0), id));

        // a console connecting after the end has it in its history, with the frozen time and the agent's times
        TaskInfo over = agentTask(0, id);
        try (TestFleet late = fleet("late")) {
            Task ended = awaitTask(late.fleet, id);
            assertEquals(TaskState.DONE, late.fleet.read(ended::getState));
            assertTrue(late.fleet.read(ended::getMessage).startsWith("frozen "), () -> late.fleet.read(ended::getMessage));
            assertEquals(startedOnAgent, late.fleet.read(ended::getStartTime));
            assertEquals(Instant.parse(over.ended()).toEpochMilli(), late.fleet.read(ended::getEndTime));
            assertEquals(0, Job.getJobManager().find(host(late.fleet, 0)).length, "nothing to follow");
        }
    }

    @Test
    @Order(2)
    void cancellingTheFollowingJobCancelsTheAgentsTaskAndTheContainerStays() throws Exception {
        String id = holdMigration(1, 0);

        other = fleet("other");
        FleetService f = other.fleet;
        Task found = awaitTask(f, id);
        Job follower = follower(f, id);
        follower.cancel();
        // the follower sent task.cancel once its record says so; then the held transfer may go on to see it
        ModelWait.until(f, () -> f.read(found::getMessage) != null && f.read(found::getMessage).startsWith("Cancelling"),
                () -> f.read(found::getMessage));
        Files.delete(lab.hosts().get(1).testHook(HOLD));
        // the agent rolls back and the job ends with it
        assertTrue(follower.join(MIGRATE.toMillis(), null), "the follower ends with the rollback");
        assertEquals(IStatus.CANCEL, follower.getResult().getSeverity(), follower.getResult()::toString);
        assertEquals(TaskState.CANCELLED, f.read(found::getState), () -> f.read(found::getMessage));
        ModelWait.until(f, () -> state(f, 1) == ContainerState.RUNNING && state(f, 0) == null,
                () -> host(f, 0).getContainers() + " / " + host(f, 1).getContainers());
        assertTrue(startedMigration.join(MIGRATE.toMillis(), null));
        assertEquals(IStatus.CANCEL, startedMigration.getResult().getSeverity(),
                "the console that started it hears the agent cancelled it");
    }

    @Test
    @Order(3)
    void aMigrationStartedElsewhereWhileConnectedIsFollowedFromItsEvents() throws Exception {
        other = fleet("other");
        FleetService f = other.fleet;
        String id = holdMigration(1, 0);
        Task found = awaitTask(f, id);
        assertEquals(TaskState.RUNNING, f.read(found::getState));
        Job follower = follower(f, id);
        assertEquals(0, Arrays.stream(Job.getJobManager().find(JobFamilies.MIGRATIONS))
                .filter(j -> j instanceof OperationJob o && o.getOperation() instanceof FollowTaskOperation follow
                        && starter.fleet.getHosts().contains(follow.getHost()))
                .count(), "the console that started it follows it in its own operation only");

        Files.delete(lab.hosts().get(1).testHook(HOLD));
        assertTrue(follower.join(MIGRATE.toMillis(), null), "the follower ends with the migration");
        assertOk(follower.getResult());
        assertEquals(TaskState.DONE, f.read(found::getState), () -> f.read(found::getMessage));
        ModelWait.until(f, () -> state(f, 1) == null && state(f, 0) == ContainerState.RUNNING,
                () -> host(f, 0).getContainers() + " / " + host(f, 1).getContainers());
        assertOk(joined(startedMigration));
        long records = starter.fleet.read(() -> starter.fleet.getTaskLog().getTasks().stream()
                .filter(t -> id.equals(t.getAgentTask())).count());
        assertEquals(1, records, "the starter's log has its own record of it, and only that");
    }

    /**
     * Starts a migration in the starter console from lab host {@code from} to {@code to}, held in
     * its transfer; returns the agent's task id once the starter's record has it.
     */
    private static String holdMigration(int from, int to) throws Exception {
        Path hold = lab.hosts().get(from).testHook(HOLD);
        Files.createDirectories(hold.getParent());
        Files.writeString(hold, "");
        FleetService s = starter.fleet;
        Container c = s.read(() -> host(s, from).getContainers().stream().filter(x -> NAME.equals(x.getName()))
                .findFirst().orElse(null));
        assertNotNull(c, "the container is on lab host " + from);
        MigrateOperation migrate = new MigrateOperation(s, c, host(s, to), false, false);
        int before = s.read(() -> s.getTaskLog().getTasks().size());
        startedMigration = s.schedule(migrate);
        // its own record (the one after the earlier ones), tied to the agent's task, in the held transfer
        ModelWait.until(s, () -> s.getTaskLog().getTasks().size() > before && lastTask(s).getAgentTask() != null
                && lastTask(s).getState() == TaskState.RUNNING && lastTask(s).getMessage() != null
                && lastTask(s).getMessage().startsWith("transfer"), () -> String.valueOf(lastTask(s)));
        return s.read(() -> lastTask(s).getAgentTask());
    }

    /** The agent's task as lab host {@code index}'s agent tells it now (asked over the starter's connection). */
    private static TaskInfo agentTask(int index, String id) throws Exception {
        FleetService s = starter.fleet;
        return s.getConnection(host(s, index)).getClient().call(Methods.TASK_STATUS, new TaskParams(id),
                TaskInfo.class, s.getSettings().getRequestTimeout(), null);
    }

    private static TestFleet fleet(String name) throws Exception {
        Path dir = consoles.resolve(name);
        Files.createDirectories(dir);
        TestFleet t = new TestFleet(dir); // host keys come pinned from the seed
        assertTrue(t.fleet.applySeed(lab.seedFile()).isOK());
        for (Host h : t.fleet.getHosts()) {
            assertOk(run(t.fleet, new ConnectHostOperation(t.fleet, h), ModelWait.DEADLINE));
        }
        return t;
    }

    /** The record of the agent's task in {@code f}'s task log, once it is there. */
    private static Task awaitTask(FleetService f, String agentTask) {
        ModelWait.until(f, () -> f.getTaskLog().getTasks().stream().anyMatch(t -> agentTask.equals(t.getAgentTask())),
                () -> f.getTaskLog().getTasks().toString());
        return f.read(() -> f.getTaskLog().getTasks().stream().filter(x -> agentTask.equals(x.getAgentTask()))
                .findFirst().orElseThrow());
    }

    /** The job of {@code f} that follows the agent's task. */
    private static Job follower(FleetService f, String agentTask) {
        List<Job> jobs = Arrays.stream(Job.getJobManager().find(JobFamilies.MIGRATIONS))
                .filter(j -> j instanceof OperationJob o && o.getOperation() instanceof FollowTaskOperation follow
                        && follow.getTaskId().equals(agentTask)
                        && f.getHosts().contains(follow.getHost()))
                .toList();
        assertEquals(1, jobs.size(), () -> "one follower of " + agentTask + ": " + jobs + "; tasks: "
                + f.read(() -> f.getTaskLog().getTasks().toString()));
        return jobs.get(0);
    }

    private static Host host(FleetService f, int index) {
        return f.findHost(lab.hosts().get(index).name());
    }

    private static ContainerState state(FleetService f, int index) {
        Host h = host(f, index);
        return f.read(() -> h.getContainers().stream().filter(c -> NAME.equals(c.getName())).map(Container::getState)
                .findFirst().orElse(null));
    }

    private static Task lastTask(FleetService f) {
        return f.read(() -> f.getTaskLog().getTasks().isEmpty() ? null
                : f.getTaskLog().getTasks().get(f.getTaskLog().getTasks().size() - 1));
    }

    private static IStatus joined(Job job) throws InterruptedException {
        assertTrue(job.join(MIGRATE.toMillis(), null), job.getName());
        return job.getResult();
    }

    private static IStatus run(FleetService f, CorralOperation operation, Duration deadline)
            throws InterruptedException {
        Job job = f.schedule(operation);
        if (!job.join(deadline.toMillis(), null)) {
            throw new AssertionError("'" + operation.getTitle() + "' did not finish within " + deadline);
        }
        return job.getResult();
    }

    private static void assertOk(IStatus status) {
        assertTrue(status.isOK(), status::toString);
    }
}
