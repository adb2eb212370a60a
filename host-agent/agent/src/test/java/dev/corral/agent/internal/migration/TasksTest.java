package dev.corral.agent.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.agent.internal.handlers.Subscribers;
import dev.corral.protocol.TaskInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task history across an agent restart: kept whole, a task the stop interrupted shown failed. */
class TasksTest {

    @TempDir
    Path dir;

    @Test
    void aRestartKeepsFinishedTasksAndFailsTheInterruptedOneSayingWhereItsContainerIs() throws Exception {
        Path file = dir.resolve(Tasks.FILE);
        Tasks before = new Tasks(new Subscribers(), file, name -> "unused");
        Task done = before.create("migrate", "web");
        done.phase("transfer", 20, "sending");
        done.frozen("dump", 150);
        done.finish(TaskInfo.SUCCEEDED, "container web runs on h2");
        Task running = before.create("migrate-restart", "db");
        running.phase("transfer", 25, "sending 100 bytes");
        running.progress(50, 100, 25, 80);
        // Progress is written in the background: wait until every queued write is done, so none
        // of this instance's lands after the next one has marked the task failed.
        Tasks.awaitWrites();
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).matches("(?s).*\"bytes\": ?50.*"));

        List<String> asked = new ArrayList<>();
        Tasks after = new Tasks(new Subscribers(), file, name -> {
            asked.add(name);
            return "container " + name + " is stopped here: corralctl start " + name;
        });
        List<TaskInfo> list = after.list();
        assertEquals(2, list.size());
        TaskInfo kept = list.get(0);
        assertEquals(done.id(), kept.id());
        assertEquals(TaskInfo.SUCCEEDED, kept.state());
        assertEquals(Map.of("dump", 150L, "transfer", 0L).get("dump"), kept.frozenMillis().get("dump"));
        TaskInfo interrupted = list.get(1);
        assertEquals(running.id(), interrupted.id());
        assertEquals(TaskInfo.FAILED, interrupted.state());
        assertEquals(50, interrupted.bytes());
        assertTrue(interrupted.message().startsWith("the agent stopped during the task (in phase transfer)"),
                interrupted.message());
        assertTrue(interrupted.message().contains("corralctl start db"), interrupted.message());
        assertEquals(List.of("db"), asked, "only the interrupted task's container is looked up");
        // the failure is in the file too, and new ids do not repeat the old ones
        assertTrue(Files.readString(file).contains("the agent stopped during the task"));
        Task next = after.create("migrate", "web");
        assertTrue(list.stream().noneMatch(t -> t.id().equals(next.id())));
        assertTrue(next.id().startsWith("t3-"), next.id());
    }

    @Test
    void aTasksEndActionRunsBeforeItsEndIsTold() {
        List<String> order = new ArrayList<>();
        Task t = new Task("t1-x", "migrate", "web", info -> order.add(info.done() ? "told end" : "told " + info.phase()));
        t.atEnd(() -> order.add("released"));
        t.phase("dump", 10, "dumping");
        t.finish(TaskInfo.SUCCEEDED, "done");
        assertEquals(List.of("told dump", "released", "told end"), order);
    }

    @Test
    void startEndAndDestinationAreRecordedAndSurviveARestart() throws Exception {
        Path file = dir.resolve(Tasks.FILE);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Tasks first = new Tasks(new Subscribers(), file, name -> "container " + name + " runs here");
        Task done = first.create("migrate", "web");
        done.destination("198.18.0.2:2222");
        TaskInfo running = done.info();
        assertNotNull(running.started());
        assertFalse(Instant.parse(running.started()).isBefore(before), running.started());
        assertNull(running.ended(), "still running");
        assertEquals("198.18.0.2:2222", running.destination());
        done.finish(TaskInfo.SUCCEEDED, "container web runs on 198.18.0.2");
        TaskInfo over = done.info();
        assertEquals(running.started(), over.started());
        assertFalse(Instant.parse(over.ended()).isBefore(Instant.parse(over.started())), over.toString());
        Task interrupted = first.create("migrate", "db");
        interrupted.destination("[fd00::2]:2222");
        interrupted.phase("transfer", 20, "sending");
        Tasks.awaitWrites();

        List<TaskInfo> after = new Tasks(new Subscribers(), file, name -> "").list();
        assertEquals(over, after.get(0), "a finished task comes back as it ended");
        TaskInfo failed = after.get(1);
        assertEquals(TaskInfo.FAILED, failed.state());
        assertEquals(interrupted.info().started(), failed.started());
        assertNull(failed.ended(), "when the agent's stop ended it is not known");
        assertEquals("[fd00::2]:2222", failed.destination());
    }

    @Test
    void aHistoryWithoutTimesLoadsWithoutThem() throws Exception {
        Path file = dir.resolve(Tasks.FILE);
        Files.writeString(file, "{\"tasks\":[{\"id\":\"t1-a\",\"kind\":\"migrate\",\"target\":\"web\","
                + "\"phase\":\"cleanup\",\"bytes\":1,\"totalBytes\":1,\"percent\":100,\"frozenMillis\":{},"
                + "\"state\":\"succeeded\",\"message\":\"done\"}]}");
        TaskInfo t = new Tasks(new Subscribers(), file, name -> "").list().get(0);
        assertEquals("t1-a", t.id());
        assertEquals(TaskInfo.SUCCEEDED, t.state());
        assertNull(t.started());
        assertNull(t.ended());
        assertNull(t.destination());
    }

    @Test
    void aDamagedHistoryStartsANewOne() throws Exception {
        Path file = dir.resolve(Tasks.FILE);
        Files.writeString(file, "{not json");
        Tasks tasks = new Tasks(new Subscribers(), file, name -> "");
        assertEquals(List.of(), tasks.list());
        tasks.create("migrate", "web");
        assertEquals(1, new Tasks(new Subscribers(), file, name -> "").list().size());
    }

    @Test
    void onlyTheNewestHundredAreKept() {
        Path file = dir.resolve(Tasks.FILE);
        Tasks tasks = new Tasks(new Subscribers(), file, name -> "");
        for (int i = 0; i < 105; i++) {
            tasks.create("migrate", "c" + i).finish(TaskInfo.FAILED, "x");
        }
        List<TaskInfo> reread = new Tasks(new Subscribers(), file, name -> "").list();
        assertEquals(100, reread.size());
        assertEquals("c5", reread.get(0).target());
    }
}
