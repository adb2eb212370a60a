package dev.corral.agent.internal.containers;

import dev.corral.agent.RpcException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Picks an address for a container created without one: the lowest free address of the subnet
 * after the host's own (the first), excluding network and broadcast, as the runtime assigns.
 */
final class AddressPool {

    private final int network;
    private final int broadcast;
    /** Non-null: this pool picks nothing and says why. */
    private final String refusal;

    private AddressPool(int network, int prefix, String refusal) {
        int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
        this.network = network & mask;
        this.broadcast = this.network | ~mask;
        this.refusal = refusal;
    }

    /** @param cidr e.g. 10.213.0.0/24; the agent's command line has checked its form */
    static AddressPool of(String cidr) {
        int slash = cidr.indexOf('/');
        return new AddressPool(parse(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)), null);
    }

    /** A pool that never picks: creating a container without an address is INVALID_PARAMS with {@code why}. */
    static AddressPool refusing(String why) {
        return new AddressPool(0, 32, why);
    }

    /** @param taken addresses in use (nulls ignored) */
    String pick(Collection<String> taken) throws RpcException {
        if (refusal != null) {
            throw RpcException.invalidParams(refusal);
        }
        Set<Integer> used = new HashSet<>();
        for (String a : taken) {
            if (a != null) {
                used.add(parse(a));
            }
        }
        // network + 1 is the host's address on the bridge
        for (long a = (network & 0xffffffffL) + 2; a < (broadcast & 0xffffffffL); a++) {
            if (!used.contains((int) a)) {
                return format((int) a);
            }
        }
        throw RpcException.conflict("no free address left in the containers' subnet; give one with ipAddress");
    }

    static int parse(String dotted) {
        String[] parts = dotted.split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        }
        int v = 0;
        for (String p : parts) {
            int octet = Integer.parseInt(p);
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + dotted);
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    static String format(int a) {
        return ((a >>> 24) & 255) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255);
    }
}
