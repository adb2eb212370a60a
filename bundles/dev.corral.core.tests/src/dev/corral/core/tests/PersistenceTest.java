package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.FleetService;
import dev.corral.core.HostSpec;
import dev.corral.core.JobFamilies;
import dev.corral.core.operations.RemoveHostOperation;
import dev.corral.model.ConnectionState;
import dev.corral.model.CorralFactory;
import dev.corral.model.Host;
import dev.corral.model.HostMetrics;
import dev.corral.model.Task;
import dev.corral.model.TaskState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @Test
    void inventoryAndTasksSurviveARestartWithRuntimeStateReset(@TempDir Path dir) throws Exception {
        FleetService first = new FleetService(dir);
        first.start();
        Host a = first.addHost(new HostSpec("a", "198.18.0.1", 2222, "root", null));
        first.addHost(new HostSpec("b", "198.18.0.2", 2200, "admin", null, true));
        first.modify(() -> {
            a.setState(ConnectionState.CONNECTED);
            a.setMessage("runtime only");
            HostMetrics m = CorralFactory.eINSTANCE.createHostMetrics();
            m.setCpuPercent(42);
            a.setMetrics(m);
        });
        Task done = first.beginTask("Connect to a", "a");
        first.endTask(done, TaskState.DONE, null);
        first.beginTask("Connect to b", "b"); // still running when the console stops
        Task migration = first.beginTask("Migrate web from a to b", "a");
        first.linkTask(migration, "t7-abc"); // following the agent's task when the console stops
        first.save();
        Job.getJobManager().join(JobFamilies.SAVE, null);

        FleetService second = new FleetService(dir);
        second.start();
        try {
            assertEquals(2, second.getHosts().size());
            Host a2 = second.findHost("a");
            Host b2 = second.findHost("b");
            assertEquals("198.18.0.1", a2.getAddress());
            assertEquals(2200, b2.getPort());
            assertEquals("admin", b2.getUser());
            assertTrue(b2.isLocal());
            assertEquals(ConnectionState.DISCONNECTED, a2.getState());
            assertNull(a2.getMessage());
            assertNull(a2.getMetrics());
            assertEquals(3, second.getTaskLog().getTasks().size());
            Task t1 = second.getTaskLog().getTasks().get(0);
            Task t2 = second.getTaskLog().getTasks().get(1);
            Task t3 = second.getTaskLog().getTasks().get(2);
            assertEquals(TaskState.DONE, t1.getState());
            assertEquals(done.getId(), t1.getId());
            assertEquals(TaskState.CANCELLED, t2.getState(), "a task running at stop is cancelled on load");
            assertEquals(TaskState.DETACHED, t3.getState(), "an agent's task goes on without the console");
            assertEquals("t7-abc", t3.getAgentTask());
            assertSame(t3, second.findTask("a", "t7-abc"), "found again when host a connects");
        } finally {
            second.stop();
            first.stop();
        }
    }

    @Test
    void anUnreadableFileIsMovedAsideAndTheFleetStartsEmpty(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fleet.xmi"), "<not xmi");
        FleetService fleet = new FleetService(dir);
        fleet.start();
        try {
            assertTrue(fleet.getHosts().isEmpty());
            try (var files = Files.list(dir)) {
                assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("fleet.xmi.unreadable-")));
            }
        } finally {
            fleet.stop();
        }
    }

    @Test
    void addingAHostSavesInTheBackground(@TempDir Path dir) throws Exception {
        FleetService fleet = new FleetService(dir);
        fleet.start();
        try {
            fleet.addHost(new HostSpec("saved", "198.18.0.3", 2222, "root", null));
            Job.getJobManager().join(JobFamilies.SAVE, null);
            assertTrue(Files.readString(dir.resolve("fleet.xmi")).contains("saved"));
        } finally {
            fleet.stop();
        }
    }

    @Test
    void removingAHostIsRecordedAndSaved(@TempDir Path dir) throws Exception {
        FleetService fleet = new FleetService(dir);
        fleet.start();
        try {
            Host gone = fleet.addHost(new HostSpec("gone", "198.18.0.4", 2222, "root", null));
            Job job = fleet.schedule(new RemoveHostOperation(fleet, gone));

            assertTrue(ModelWait.join(job).getResult().isOK());
            assertNull(fleet.findHost("gone"));
            Job.getJobManager().join(JobFamilies.SAVE, null);
            assertFalse(Files.readString(dir.resolve("fleet.xmi")).contains("198.18.0.4"));
            Task task = fleet.getTaskLog().getTasks().get(0);
            assertEquals(TaskState.DONE, task.getState());
            assertEquals("gone", task.getHost());
        } finally {
            fleet.stop();
        }
    }
}
