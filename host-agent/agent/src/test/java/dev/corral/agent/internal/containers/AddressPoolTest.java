package dev.corral.agent.internal.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.corral.agent.RpcException;
import dev.corral.protocol.ErrorCodes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressPoolTest {

    @Test
    void picksTheLowestFreeAddressAfterTheHosts() throws Exception {
        AddressPool pool = AddressPool.of("198.18.7.0/24");
        assertEquals("198.18.7.2", pool.pick(List.of()));
        assertEquals("198.18.7.4", pool.pick(Arrays.asList("198.18.7.2", null, "198.18.7.3")));
        assertEquals("10.0.1.2", AddressPool.of("10.0.1.77/24").pick(List.of()), "host bits are ignored");
    }

    @Test
    void aRefusingPoolAsksForTheAddress() {
        RpcException e = assertThrows(RpcException.class,
                () -> AddressPool.refusing("routed networking: give ipAddress").pick(List.of()));
        assertEquals(ErrorCodes.INVALID_PARAMS, e.code());
        assertEquals("routed networking: give ipAddress", e.getMessage());
    }

    @Test
    void aFullSubnetIsAConflict() {
        AddressPool pool = AddressPool.of("198.18.7.0/30");
        assertEquals(ErrorCodes.CONFLICT, assertThrows(RpcException.class,
                () -> pool.pick(List.of("198.18.7.2"))).code());
    }
}
