package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.StopParams;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskList;
import dev.corral.protocol.TaskParams;
import dev.corral.protocol.TemplateParams;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The task history across a real agent's restart: tasks the stop interrupted come back failed,
 * saying where their container is as the restarted agent finds it. Needs root.
 */
class TaskHistoryTest {

    @Test
    void tasksInterruptedByTheAgentsStopComeBackFailedSayingWhereTheContainerIs() throws Exception {
        try (TestAgent agent = TestAgent.start()) {
            try (RpcClient c = agent.rpc()) {
                c.hello();
                c.result(Methods.TEMPLATE_BUILD, new TemplateParams("busybox", null));
                c.result(Methods.CONTAINER_CREATE, new ContainerSpec("left", "busybox", null, agent.ip(40), null, null, null));
            }
            agent.server().close();
            // What an agent killed during two migrations leaves: both tasks still "running".
            TaskInfo stoppedHere = new TaskInfo("t1-a", "migrate-restart", "left", "transfer", 10, 100, 40,
                    Map.of("stop", 900L), TaskInfo.RUNNING, "sending 100 bytes");
            TaskInfo gone = new TaskInfo("t2-b", "migrate", "moved", "cleanup", 100, 100, 95, Map.of(), TaskInfo.RUNNING,
                    "removing moved here");
            TaskInfo over = new TaskInfo("t3-c", "migrate", "left", "rollback", 0, 0, 20, Map.of(), TaskInfo.CANCELLED,
                    "cancelled in phase transfer");
            Files.writeString(agent.stateDir.resolve("tasks.json"),
                    JsonRpc.gson().toJson(new TaskList(List.of(stoppedHere, gone, over))));
            agent.restart();
            try (RpcClient c = agent.rpc()) {
                c.hello();
                JsonArray tasks = c.result(Methods.TASK_LIST, null).getAsJsonObject().getAsJsonArray("tasks");
                assertEquals(3, tasks.size(), tasks.toString());
                JsonObject first = tasks.get(0).getAsJsonObject();
                assertEquals("failed", first.get("state").getAsString());
                assertEquals("the agent stopped during the task (in phase transfer); container left is stopped here:"
                        + " corralctl start left", first.get("message").getAsString());
                assertEquals(900, first.getAsJsonObject("frozenMillis").get("stop").getAsLong());
                JsonObject second = tasks.get(1).getAsJsonObject();
                assertEquals("failed", second.get("state").getAsString());
                assertTrue(second.get("message").getAsString().contains("container moved is not on this host"),
                        second.toString());
                assertEquals("cancelled", tasks.get(2).getAsJsonObject().get("state").getAsString(), "ended ones stay");
                // A history written before tasks kept times and destinations: none are made up.
                for (int i = 0; i < 3; i++) {
                    JsonObject t = tasks.get(i).getAsJsonObject();
                    assertFalse(t.has("started") || t.has("ended") || t.has("destination"), t.toString());
                }
                c.result(Methods.CONTAINER_DESTROY, new NameParams("left"));
            }
        }
    }

    @Test
    void aMigrationTaskKeepsItsTimesAndDestinationAcrossARestart() throws Exception {
        try (TestAgent agent = TestAgent.start()) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            TaskInfo ended;
            try (RpcClient c = agent.rpc()) {
                c.hello();
                c.result(Methods.TEMPLATE_BUILD, new TemplateParams("busybox", null));
                c.result(Methods.CONTAINER_CREATE, new ContainerSpec("going", "busybox", null, agent.ip(41), null, null,
                        null).started());
                // Nothing listens on port 1: the transfer fails at once and the container stays here.
                TaskInfo started = JsonRpc.gson().fromJson(c.result(Methods.CONTAINER_MIGRATE, new MigrateParams("going",
                        new MigrateParams.Destination("127.0.0.1", 1, agent.server().hostPublicKey()),
                        MigrateParams.LIVE, false)), TaskInfo.class);
                assertEquals("127.0.0.1:1", started.destination());
                assertNotNull(started.started(), started.toString());
                assertFalse(Instant.parse(started.started()).isBefore(before), started.started());
                assertNull(started.ended(), "running");
                ended = awaitEnd(c, started.id());
                assertEquals(TaskInfo.FAILED, ended.state(), ended.toString());
                assertEquals(started.started(), ended.started());
                assertNotNull(ended.ended(), ended.toString());
                assertFalse(Instant.parse(ended.ended()).isBefore(Instant.parse(ended.started())), ended.toString());
                assertEquals("127.0.0.1:1", ended.destination());
            }
            agent.server().close();
            agent.restart();
            try (RpcClient c = agent.rpc()) {
                c.hello();
                TaskInfo back = JsonRpc.gson().fromJson(c.result(Methods.TASK_STATUS, new TaskParams(ended.id())),
                        TaskInfo.class);
                assertEquals(ended, back, "the history kept it as it ended");
                c.result(Methods.CONTAINER_STOP, new StopParams("going", 0, true));
                c.result(Methods.CONTAINER_DESTROY, new NameParams("going"));
            }
        }
    }

    private static TaskInfo awaitEnd(RpcClient c, String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            TaskInfo t = JsonRpc.gson().fromJson(c.result(Methods.TASK_STATUS, new TaskParams(id)), TaskInfo.class);
            if (t.done()) {
                return t;
            }
            if (System.nanoTime() > deadline) {
                fail("task " + id + " did not end: " + t);
            }
            Thread.sleep(50);
        }
    }
}
