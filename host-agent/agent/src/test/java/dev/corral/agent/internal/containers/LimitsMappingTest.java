package dev.corral.agent.internal.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.corral.agent.RpcException;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Limits;
import org.junit.jupiter.api.Test;

/** Swap on top of memory and v2 CPU weights, in both directions and through updates. */
class LimitsMappingTest {

    private static final long MB = 1L << 20;
    private static final long UNLIMITED = dev.corral.runtime.Limits.UNLIMITED;

    private static Limits memory(Long memory, Long swap) {
        return new Limits(memory, swap, null, null, null, null, null);
    }

    @Test
    void everyWeightSurvivesTheTripThroughShares() throws Exception {
        for (int w = 1; w <= 10_000; w++) {
            assertEquals(w, LimitsMapping.weight(LimitsMapping.shares(w)));
        }
        assertEquals(1024, LimitsMapping.shares(100));
        assertEquals(100, LimitsMapping.weight(1024));
        assertEquals(1, LimitsMapping.weight(2));
        assertThrows(RpcException.class, () -> LimitsMapping.shares(0));
        assertThrows(RpcException.class, () -> LimitsMapping.shares(10_001));
    }

    @Test
    void createCountsSwapOnTopOfMemory() throws Exception {
        dev.corral.runtime.Limits r = LimitsMapping.forCreate(memory(256 * MB, 64 * MB));
        assertEquals(256 * MB, r.memoryBytes());
        assertEquals(320 * MB, r.memorySwapBytes());
        Limits back = LimitsMapping.toProtocol(r);
        assertEquals(64 * MB, back.swapBytes());
        assertEquals(ErrorCodes.INVALID_PARAMS, assertThrows(RpcException.class,
                () -> LimitsMapping.forCreate(memory(null, MB))).code());
        assertThrows(RpcException.class, () -> LimitsMapping.forCreate(memory(-1L, null)));
        assertThrows(RpcException.class, () -> LimitsMapping.forCreate(memory(Long.MAX_VALUE, Long.MAX_VALUE)));
    }

    @Test
    void updatesKeepTheSwapAllowanceAndRemoveWhatIsNegative() throws Exception {
        dev.corral.runtime.Limits current = LimitsMapping.forCreate(memory(256 * MB, 64 * MB));
        dev.corral.runtime.Limits change = LimitsMapping.forUpdate(memory(512 * MB, null), current);
        assertEquals(512 * MB, change.memoryBytes());
        assertEquals(576 * MB, change.memorySwapBytes(), "the swap allowance follows memory");

        change = LimitsMapping.forUpdate(memory(null, -1L), current);
        assertNull(change.memoryBytes());
        assertEquals(UNLIMITED, change.memorySwapBytes());

        change = LimitsMapping.forUpdate(memory(-1L, null), current);
        assertEquals(UNLIMITED, change.memoryBytes());
        assertEquals(UNLIMITED, change.memorySwapBytes(), "swap goes with memory");

        assertThrows(RpcException.class, () -> LimitsMapping.forUpdate(memory(-1L, MB), current));
        assertThrows(RpcException.class, () -> LimitsMapping.forUpdate(memory(0L, null), current));

        change = LimitsMapping.forUpdate(new Limits(null, null, -1.0, -1, "", -1L, null), current);
        assertEquals(UNLIMITED, change.cpus().longValue());
        assertEquals(LimitsMapping.DEFAULT_SHARES, change.cpuShares());
        assertEquals("", change.cpuset());
        assertEquals(UNLIMITED, change.pids());
        assertNull(change.memoryBytes());
        assertNull(change.memorySwapBytes(), "untouched when neither memory nor swap changes");
    }
}
