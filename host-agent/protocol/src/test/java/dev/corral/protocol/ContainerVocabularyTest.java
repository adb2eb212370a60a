package dev.corral.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The container additions stay readable by and from peers that predate them. */
class ContainerVocabularyTest {

    @Test
    void execResultFromAnOlderAgentReadsAsNotTimedOut() {
        ExecResult r = JsonRpc.gson().fromJson("{\"exitCode\":3,\"stdout\":\"a\",\"stderr\":\"\"}", ExecResult.class);
        assertEquals(3, r.exitCode());
        assertFalse(r.timedOut());
    }

    @Test
    void destroyEventCarriesNoInfo() throws Exception {
        String line = JsonRpc.notification(Methods.EVENT_CONTAINER_STATE,
                new ContainerStateEvent("web", ContainerStates.DESTROYED, null));
        ContainerStateEvent e = JsonRpc.params((Request) JsonRpc.parse(line), ContainerStateEvent.class);
        assertEquals("web", e.name());
        assertEquals(ContainerStates.DESTROYED, e.state());
        assertNull(e.info());
    }

    @Test
    void partialLimitsLeaveAbsentMembersNull() {
        Limits l = JsonRpc.gson().fromJson("{\"memoryBytes\":-1}", Limits.class);
        assertEquals(-1L, l.memoryBytes());
        assertNull(l.cpus());
        assertTrue(JsonRpc.gson().toJson(Limits.none()).equals("{}"));
    }

    @Test
    void enterIsAnExecCommandNamingTheContainer() {
        assertEquals("enter web", Protocol.enterCommand("web"));
    }
}
