package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corral.core.migration.TaskProgress;
import dev.corral.protocol.TaskInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An agent task's progress as the job's subtask and the task log's message. */
class TaskProgressTest {

    private static TaskInfo task(String phase, long bytes, long total, int percent, Map<String, Long> frozen) {
        return new TaskInfo("t1", "migrate", "web", phase, bytes, total, percent, frozen, TaskInfo.RUNNING, null);
    }

    @Test
    void phaseWithBytesAndPercent() {
        assertEquals("transfer: 12.0 MiB of 48.0 MiB (25 %)",
                TaskProgress.describe(task("transfer", 12L << 20, 48L << 20, 25, null)));
        assertEquals("transfer: 512 B (3 %)", TaskProgress.describe(task("transfer", 512, 0, 3, null)));
        assertEquals("dump (40 %)", TaskProgress.describe(task("dump", 0, 0, 40, null)));
        assertEquals("working (0 %)", TaskProgress.describe(task(null, 0, 0, 0, null)));
    }

    @Test
    void anAgentsTimesAsTheTaskLogKeepsThemAndNoneAsZero() {
        assertEquals(1_795_624_801_123L, TaskProgress.millis("2026-11-25T16:40:01.123Z"));
        assertEquals(0, TaskProgress.millis(null), "an older agent, or a task still running");
        assertEquals(0, TaskProgress.millis("soon"));
    }

    @Test
    void aFoundMigrationsTitleNamesItsDestinationWhereTheAgentSaysIt() {
        TaskInfo old = task("transfer", 0, 0, 0, null);
        assertEquals("Migrate web from h1 (found running on the agent)", TaskProgress.title(old, "h1"));
        TaskInfo now = new TaskInfo("t1", "migrate", "web", "transfer", 0, 0, 0, null, TaskInfo.RUNNING, null,
                "2026-11-25T16:40:01.123Z", null, "198.18.0.2:2222");
        assertEquals("Migrate web from h1 to 198.18.0.2:2222 (found running on the agent)", TaskProgress.title(now, "h1"));
        assertEquals("Migrate web from h1 to h2 (found running on the agent)", TaskProgress.title(now, "h1", "h2"));
    }

    @Test
    void percentStaysWithinZeroToHundred() {
        assertEquals(100, TaskProgress.percent(task("x", 0, 0, 140, null)));
        assertEquals(0, TaskProgress.percent(task("x", 0, 0, -3, null)));
    }

    @Test
    void frozenTimeInAllAndPerPhaseLeavingOutPhasesThatFrozeNothing() {
        Map<String, Long> frozen = new LinkedHashMap<>();
        frozen.put("precheck", 0L);
        frozen.put("dump", 210L);
        frozen.put("restore", 102L);
        TaskInfo t = task("cleanup", 0, 0, 100, frozen);
        assertEquals(312, TaskProgress.frozenTotal(t));
        assertEquals("frozen 312 ms (dump 210 ms, restore 102 ms)", TaskProgress.frozen(t));
        assertEquals("frozen 0 ms", TaskProgress.frozen(task("x", 0, 0, 0, null)));
    }
}
