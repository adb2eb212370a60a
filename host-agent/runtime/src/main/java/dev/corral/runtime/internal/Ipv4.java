package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

/** IPv4 addresses and subnets as plain ints; strict dotted-quad parsing (no "010", no hostnames). */
public final class Ipv4 {

    private Ipv4() {
    }

    public record Subnet(int network, int prefix) {
        public int mask() {
            return prefix == 0 ? 0 : -1 << (32 - prefix);
        }

        public boolean contains(int addr) {
            return (addr & mask()) == network;
        }

        public int broadcast() {
            return network | ~mask();
        }

        /** The host's address on the bridge: the subnet's first usable address. */
        public int gateway() {
            return network + 1;
        }

        /** True for an address a container may take: inside, not network, broadcast or gateway. */
        public boolean assignable(int addr) {
            return contains(addr) && addr != network && addr != broadcast() && addr != gateway();
        }

        @Override
        public String toString() {
            return format(network) + "/" + prefix;
        }
    }

    public static int parse(String s) {
        if (s == null) {
            throw RuntimeError.invalid("IPv4 address missing");
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw RuntimeError.invalid("not an IPv4 address: " + s);
        }
        int v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                throw RuntimeError.invalid("not an IPv4 address: " + s);
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw RuntimeError.invalid("not an IPv4 address: " + s);
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    public static Subnet parseSubnet(String cidr) {
        if (cidr == null || cidr.indexOf('/') < 0) {
            throw RuntimeError.invalid("subnet must be CIDR a.b.c.d/n: " + cidr);
        }
        String[] parts = cidr.split("/", 2);
        int addr = parse(parts[0]);
        int prefix;
        try {
            prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw RuntimeError.invalid("bad prefix length in " + cidr);
        }
        if (prefix < 8 || prefix > 30) {
            throw RuntimeError.invalid("subnet prefix must be /8../30: " + cidr);
        }
        Subnet s = new Subnet(0, prefix);
        return new Subnet(addr & s.mask(), prefix);
    }

    public static String format(int a) {
        return ((a >>> 24) & 255) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255);
    }
}
