package dev.corral.runtime.internal;

import dev.corral.runtime.Limits;
import dev.corral.runtime.RuntimeError;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure checks, no root needed. */
class ValidationTest {

    @Test
    void subnetsAndAddresses() {
        Ipv4.Subnet s = Ipv4.parseSubnet("198.18.5.77/24");
        assertEquals("198.18.5.0/24", s.toString());
        assertEquals("198.18.5.1", Ipv4.format(s.gateway()));
        assertTrue(s.assignable(Ipv4.parse("198.18.5.2")));
        assertTrue(!s.assignable(Ipv4.parse("198.18.5.255")));
        assertTrue(!s.assignable(Ipv4.parse("198.18.6.2")));
        assertThrows(RuntimeError.class, () -> Ipv4.parse("198.18.5.02"));
        assertThrows(RuntimeError.class, () -> Ipv4.parseSubnet("198.18.5.0/31"));
        assertThrows(RuntimeError.class, () -> Ipv4.parseSubnet("198.18.5.0"));
    }

    @Test
    void macIsStableLocallyAdministeredUnicast() {
        UUID u = UUID.fromString("ffffffff-0000-4000-8000-000000000000");
        String mac = ContainerRecord.macFor(u);
        assertEquals(mac, ContainerRecord.macFor(u));
        int first = Integer.parseInt(mac.substring(0, 2), 16);
        assertEquals(2, first & 3, mac);
        assertTrue(ContainerRecord.vethFor(u).length() <= 15);
    }

    @Test
    void cpuLists() {
        BitSet b = LimitCheck.parseCpuList("0-2,5");
        assertEquals("{0, 1, 2, 5}", b.toString());
        assertTrue(LimitCheck.parseCpuList("3-1").isEmpty());
        assertTrue(LimitCheck.parseCpuList("a").isEmpty());
    }

    @Test
    void limitsAgainstAHost() {
        BitSet cpus = new BitSet();
        cpus.set(0, 2);
        LimitCheck.Host h = new LimitCheck.Host(cpus, 1L << 30, false, true);
        LimitCheck.check(new Limits(1024, 1.5, "0-1", 64L << 20, 128L << 20, 100L, null), h);
        assertEquals(RuntimeError.Kind.INVALID, assertThrows(RuntimeError.class,
                () -> LimitCheck.check(Limits.NONE.withBlkioWeight(500), h)).kind());
        assertEquals(RuntimeError.Kind.INVALID, assertThrows(RuntimeError.class,
                () -> LimitCheck.check(Limits.NONE.withCpus(2.5), h)).kind());
        assertEquals(RuntimeError.Kind.INVALID, assertThrows(RuntimeError.class,
                () -> LimitCheck.check(Limits.NONE.withMemory(2L << 30), h)).kind());
    }

    @Test
    void namesAreDnsLabels() {
        assertEquals("web-1", Names.label("c", "web-1"));
        for (String bad : new String[] {"..", "a/b", "A", "a_b", "-a"}) {
            assertThrows(RuntimeError.class, () -> Names.label("c", bad));
        }
    }

    @Test
    void unlimitedMarkersAreDroppedOnMerge() {
        Limits l = new Limits(100, 1.0, "0", 1L << 30, null, 10L, null)
                .merge(new Limits(null, -1.0, "", Limits.UNLIMITED, null, null, null)).normalized();
        assertEquals(new Limits(100, null, null, null, null, 10L, null), l);
    }
}
