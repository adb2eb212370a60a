package dev.corral.agent.internal.containers;

import dev.corral.agent.RpcException;
import dev.corral.protocol.Limits;

/**
 * The protocol's limits and the runtime's differ in two ways: swap is counted on top of memory
 * (the runtime keeps cgroup v1's memory+swap), and CPU weight is on cgroup v2's scale, 1-10000
 * with 100 as default (the runtime keeps v1 shares, default 1024, and writes cpu.weight on v2
 * hosts with the same proportional mapping, so weight 100 is cpu.weight 100 there). Both are
 * converted here, and the "remove this limit" markers of an update are translated.
 */
final class LimitsMapping {

    static final int DEFAULT_WEIGHT = dev.corral.runtime.Limits.DEFAULT_CPU_WEIGHT;
    static final int DEFAULT_SHARES = dev.corral.runtime.Limits.DEFAULT_CPU_SHARES;

    private LimitsMapping() {
    }

    static Limits toProtocol(dev.corral.runtime.Limits l) {
        if (l == null) {
            return Limits.none();
        }
        Long swap = l.memoryBytes() != null && l.memorySwapBytes() != null
                ? l.memorySwapBytes() - l.memoryBytes() : null;
        return new Limits(l.memoryBytes(), swap, l.cpus(), weight(l.cpuShares()), l.cpuset(), l.pids(),
                l.blkioWeight());
    }

    /** Limits for a new container: every member null or a real limit, none removed. */
    static dev.corral.runtime.Limits forCreate(Limits l) throws RpcException {
        if (l == null) {
            return dev.corral.runtime.Limits.NONE;
        }
        positive("memoryBytes", l.memoryBytes());
        positive("pids", l.pids());
        if (l.cpus() != null && !(l.cpus() > 0)) {
            throw RpcException.invalidParams("cpus must be positive, got " + l.cpus());
        }
        if (l.swapBytes() != null && l.swapBytes() < 0) {
            throw RpcException.invalidParams("swapBytes must not be negative, got " + l.swapBytes());
        }
        if (l.swapBytes() != null && l.memoryBytes() == null) {
            throw RpcException.invalidParams("a swap limit needs a memory limit (swap is counted on top of memory)");
        }
        return new dev.corral.runtime.Limits(shares(l.cpuWeight()), l.cpus(), emptyToNull(l.cpuset()),
                l.memoryBytes(), memorySwap(l.memoryBytes(), l.swapBytes()), l.pids(), ioWeight(l.ioWeight()));
    }

    /**
     * The runtime change for a protocol update, given what is in force. Null stays null
     * (unchanged); negative numbers and an empty cpuset remove the limit.
     */
    static dev.corral.runtime.Limits forUpdate(Limits change, dev.corral.runtime.Limits current)
            throws RpcException {
        if (change == null) {
            return dev.corral.runtime.Limits.NONE;
        }
        nonZero("memoryBytes", change.memoryBytes());
        nonZero("pids", change.pids());
        if (change.cpus() != null && change.cpus() == 0) {
            throw RpcException.invalidParams("cpus must be positive (negative removes the limit), got 0");
        }
        Long memory = removable(change.memoryBytes());
        Double cpus = change.cpus() == null ? null : change.cpus() < 0 ? (double) dev.corral.runtime.Limits.UNLIMITED
                : change.cpus();
        Integer shares = change.cpuWeight() == null ? null
                : change.cpuWeight() < 0 ? DEFAULT_SHARES : shares(change.cpuWeight());
        return new dev.corral.runtime.Limits(shares, cpus, change.cpuset(), memory,
                swapUpdate(change, current), removable(change.pids()), ioWeight(change.ioWeight()));
    }

    /**
     * Keeps "swap on top of memory" when either changes: memory+swap follows a new memory limit
     * with the swap allowance that was in force, and goes when memory goes.
     */
    private static Long swapUpdate(Limits change, dev.corral.runtime.Limits current) throws RpcException {
        if (change.memoryBytes() == null && change.swapBytes() == null) {
            return null;
        }
        Long oldMemory = current.memoryBytes();
        Long oldSwap = oldMemory != null && current.memorySwapBytes() != null
                ? current.memorySwapBytes() - oldMemory : null;
        Long memory = change.memoryBytes() == null ? oldMemory : change.memoryBytes() < 0 ? null : change.memoryBytes();
        Long swap = change.swapBytes() == null ? oldSwap : change.swapBytes() < 0 ? null : change.swapBytes();
        if (memory == null) {
            if (change.swapBytes() != null && change.swapBytes() >= 0) {
                throw RpcException.invalidParams("a swap limit needs a memory limit (swap is counted on top of memory)");
            }
            return current.memorySwapBytes() == null ? null : dev.corral.runtime.Limits.UNLIMITED;
        }
        if (swap == null) {
            return current.memorySwapBytes() == null ? null : dev.corral.runtime.Limits.UNLIMITED;
        }
        return memorySwap(memory, swap);
    }

    private static Long memorySwap(Long memory, Long swap) throws RpcException {
        if (memory == null || swap == null) {
            return null;
        }
        try {
            return Math.addExact(memory, swap);
        } catch (ArithmeticException e) {
            throw RpcException.invalidParams("memoryBytes + swapBytes is too large");
        }
    }

    /** v2 weight to v1 shares, proportionally: 100 (v2's default) is 1024 (v1's); the runtime's mapping. */
    static Integer shares(Integer weight) throws RpcException {
        if (weight == null) {
            return null;
        }
        if (weight < 1 || weight > dev.corral.runtime.Limits.MAX_CPU_WEIGHT) {
            throw RpcException.invalidParams("cpuWeight must be 1-10000, got " + weight);
        }
        return dev.corral.runtime.Limits.sharesForWeight(weight);
    }

    /** Exact inverse of {@link #shares} for every weight. */
    static Integer weight(Integer shares) {
        return shares == null ? null : dev.corral.runtime.Limits.weightForShares(shares);
    }

    private static Integer ioWeight(Integer w) throws RpcException {
        if (w != null && w < 0) {
            throw RpcException.invalidParams("ioWeight cannot be removed; set 10-1000 (got " + w + ")");
        }
        return w;
    }

    private static Long removable(Long value) {
        return value == null ? null : value < 0 ? dev.corral.runtime.Limits.UNLIMITED : value;
    }

    private static void positive(String what, Long value) throws RpcException {
        if (value != null && value <= 0) {
            throw RpcException.invalidParams(what + " must be positive, got " + value);
        }
    }

    private static void nonZero(String what, Long value) throws RpcException {
        if (value != null && value == 0) {
            throw RpcException.invalidParams(what + " must be positive (negative removes the limit), got 0");
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
