package dev.corral.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckpointVocabularyTest {

    @Test
    void hostFactsOfAnOlderAgentLeaveTheCheckpointFactsNull() {
        String old = "{\"hostname\":\"h\",\"kernel\":\"6.18\",\"arch\":\"x86_64\",\"cpus\":2,\"memoryBytes\":1,"
                + "\"diskTotalBytes\":2,\"diskFreeBytes\":1,\"runcVersion\":\"1.1.5\",\"criuVersion\":null,\"uptimeSeconds\":5}";
        HostFacts f = JsonRpc.gson().fromJson(old, HostFacts.class);
        assertEquals("h", f.hostname());
        assertNull(f.criuCheck());
        assertNull(f.lazyPages());
        assertNull(f.agentKey());
    }

    @Test
    void taskInfoSurvivesTheWireAndKnowsWhenItIsDone() {
        TaskInfo t = new TaskInfo("t1", "migrate", "web", "transfer", 10, 100, 28, Map.of("dump", 150L),
                TaskInfo.RUNNING, "sending");
        TaskInfo back = JsonRpc.gson().fromJson(JsonRpc.gson().toJson(t), TaskInfo.class);
        assertEquals(t, back);
        assertFalse(back.done());
        assertTrue(new TaskInfo("t1", "migrate", "web", "rollback", 0, 0, 0, Map.of(), TaskInfo.CANCELLED, "").done());
    }

    @Test
    void taskTimesAndDestinationSurviveTheWire() {
        TaskInfo t = new TaskInfo("t2", "migrate", "web", "cleanup", 100, 100, 100, Map.of("dump", 150L),
                TaskInfo.SUCCEEDED, "done", "2026-11-25T16:40:01.123Z", "2026-11-25T16:40:09.456Z", "198.18.0.2:2222");
        String json = JsonRpc.gson().toJson(t);
        assertTrue(json.contains("\"started\":\"2026-11-25T16:40:01.123Z\""), json);
        assertTrue(json.contains("\"destination\":\"198.18.0.2:2222\""), json);
        assertEquals(t, JsonRpc.gson().fromJson(json, TaskInfo.class));
    }

    @Test
    void aTaskOfAnOlderAgentHasNoTimesNorDestination() {
        String old = "{\"id\":\"t1\",\"kind\":\"migrate\",\"target\":\"web\",\"phase\":\"transfer\",\"bytes\":10,"
                + "\"totalBytes\":100,\"percent\":28,\"frozenMillis\":{\"dump\":150},\"state\":\"running\","
                + "\"message\":\"sending\"}";
        TaskInfo t = JsonRpc.gson().fromJson(old, TaskInfo.class);
        assertEquals(new TaskInfo("t1", "migrate", "web", "transfer", 10, 100, 28, Map.of("dump", 150L),
                TaskInfo.RUNNING, "sending"), t);
        assertNull(t.started());
        assertNull(t.ended());
        assertNull(t.destination());
    }
}
