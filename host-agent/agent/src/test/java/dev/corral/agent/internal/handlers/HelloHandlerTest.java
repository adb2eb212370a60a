package dev.corral.agent.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.corral.agent.RpcException;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Protocol;
import org.junit.jupiter.api.Test;

class HelloHandlerTest {

    @Test
    void theNewestCommonVersionIsChosen() throws Exception {
        assertEquals(Protocol.VERSION, HelloHandler.negotiate(Protocol.VERSION, Protocol.MIN_VERSION));
        assertEquals(Protocol.VERSION, HelloHandler.negotiate(Protocol.VERSION + 3, 1));
        assertEquals(Protocol.VERSION, HelloHandler.negotiate(Protocol.VERSION, 0));
    }

    @Test
    void noOverlapIsUnsupportedVersion() {
        assertEquals(ErrorCodes.UNSUPPORTED_VERSION,
                assertThrows(RpcException.class, () -> HelloHandler.negotiate(Protocol.VERSION + 3, Protocol.VERSION + 1))
                        .code());
        assertEquals(ErrorCodes.UNSUPPORTED_VERSION,
                assertThrows(RpcException.class, () -> HelloHandler.negotiate(Protocol.VERSION + 2, 0)).code());
    }

    @Test
    void missingOrInconsistentVersionsAreInvalidParams() {
        assertEquals(ErrorCodes.INVALID_PARAMS, assertThrows(RpcException.class, () -> HelloHandler.negotiate(0, 0)).code());
        assertEquals(ErrorCodes.INVALID_PARAMS, assertThrows(RpcException.class, () -> HelloHandler.negotiate(1, 2)).code());
    }

    @Test
    void intervalsAreClamped() throws Exception {
        assertEquals(EventHandlers.DEFAULT_INTERVAL_MILLIS, EventHandlers.interval(0));
        assertEquals(EventHandlers.MIN_INTERVAL_MILLIS, EventHandlers.interval(1));
        assertEquals(EventHandlers.MAX_INTERVAL_MILLIS, EventHandlers.interval(Long.MAX_VALUE));
        assertEquals(ErrorCodes.INVALID_PARAMS, assertThrows(RpcException.class, () -> EventHandlers.interval(-1)).code());
    }
}
