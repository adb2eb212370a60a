package dev.corral.agent.internal.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.corral.agent.RpcException;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Methods;
import org.junit.jupiter.api.Test;

/** Which calls a claim refuses, and that a finished holder cannot release its successor's claim. */
class ClaimsTest {

    @Test
    void changingCallsOnAHeldContainerAreRefusedReadsAndOthersPass() throws Exception {
        Claims c = new Claims();
        assertTrue(c.claim("web", "being migrated away by task t1"));
        assertFalse(c.claim("web", "being migrated away by task t2"), "one holder at a time");
        for (String method : Claims.CHANGING) {
            RpcException e = assertThrows(RpcException.class,
                    () -> c.check(method, JsonParser.parseString("{\"name\":\"web\"}")), method);
            assertEquals(ErrorCodes.CONFLICT, e.code());
            assertTrue(e.getMessage().contains("being migrated away by task t1"), e.getMessage());
        }
        c.check(Methods.CONTAINER_STATUS, JsonParser.parseString("{\"name\":\"web\"}"));
        c.check(Methods.CONTAINER_LIST, null);
        c.check(Methods.CONTAINER_STOP, JsonParser.parseString("{\"name\":\"db\"}"));
        c.check(Methods.CONTAINER_STOP, JsonParser.parseString("[\"web\"]"));
    }

    @Test
    void aSessionAndAClaimRefuseEachOther() throws Exception {
        Claims c = new Claims();
        Claims.Session s = c.openSession("web");
        RpcException busy = assertThrows(RpcException.class, () -> c.claimUnused("web", "task t1"));
        assertEquals(ErrorCodes.CONFLICT, busy.code());
        assertTrue(busy.getMessage().contains("1 exec or shell session open"), busy.getMessage());
        assertNull(c.holder("web"), "refused: nothing claimed");
        s.close();
        s.close();
        assertEquals(0, c.sessions("web"), "a session closed twice counts once");
        assertTrue(c.claimUnused("web", "task t1"));
        RpcException held = assertThrows(RpcException.class, () -> c.openSession("web"));
        assertTrue(held.getMessage().contains("task t1"), held.getMessage());
        assertEquals(0, c.sessions("web"), "refused: nothing counted");
    }

    @Test
    void aHolderReleasesOnlyItsOwnClaim() {
        Claims c = new Claims();
        c.claim("web", "task t1");
        c.release("web", "task t1");
        c.claim("web", "task t2");
        c.release("web", "task t1");
        assertEquals("task t2", c.holder("web"), "t1's late clean-up left t2's claim alone");
        c.release("web", "task t2");
        assertNull(c.holder("web"));
    }
}
