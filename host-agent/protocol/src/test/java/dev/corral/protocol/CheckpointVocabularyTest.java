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
}
