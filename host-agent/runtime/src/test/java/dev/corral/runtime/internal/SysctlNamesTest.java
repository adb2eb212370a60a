package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sysctl names a container may have and what values look like; no kernel asked. */
class SysctlNamesTest {

    private static void refused(String key, String value) {
        RuntimeError e = assertThrows(RuntimeError.class, () -> Sysctls.parse(Map.of(key, value), false), key);
        assertEquals(RuntimeError.Kind.INVALID, e.kind());
    }

    @Test
    void onlyKeysOfTheContainersOwnNamespacesAreAccepted() {
        Map<String, String> ok = Sysctls.parse(Map.of("net.ipv4.ip_forward", "1", "kernel.shmmax", "4096",
                "kernel.msgmnb", "1", "kernel.sem", "1\t2  3 4", "fs.mqueue.msg_max", "20", "kernel.domainname", "example.org",
                "kernel.hostname", "web-1", "net.ipv6.conf.eth0.disable_ipv6", "1", "net.ipv4.neigh.default.gc_thresh1", "64",
                "net.ipv4.tcp_congestion_control", "reno"), false);
        assertEquals("1 2 3 4", ok.get("kernel.sem"));
        assertEquals(10, ok.size());

        refused("vm.swappiness", "10");
        refused("kernel.pid_max", "4096");
        refused("kernel.shm_next_id", "1");
        refused("fs.file-max", "100");
        refused("kernel.core_pattern", "|/bin/evil");
        refused("net.ipv4.conf.docker0.forwarding", "1");
        refused("net", "1");
        refused("net..ipv4", "1");
        refused("net/ipv4/ip_forward", "1");
        refused("net.ipv4.ip_forward.", "1");
        refused("../proc/sys/vm/swappiness", "1");
    }

    @Test
    void valuesAreCheckedForTheirSyntax() {
        refused("kernel.shmmax", "lots");
        refused("kernel.shmmax", "1 2");
        refused("kernel.sem", "1 2 3");
        refused("kernel.hostname", "not a hostname");
        refused("kernel.domainname", "a b");
        refused("net.ipv4.ip_forward", "1\n0");
        refused("net.ipv4.ip_forward", "x".repeat(Sysctls.MAX_VALUE + 1));
        refused("net.ipv4.ip_forward", "");
        Sysctls.checkShape("net.ipv4.tcp_rmem", "4096 87380 6291456", "4096\t131072\t6291456");
        assertThrows(RuntimeError.class, () -> Sysctls.checkShape("net.ipv4.tcp_rmem", "4096", "4096\t131072\t6291456"));
        assertThrows(RuntimeError.class, () -> Sysctls.checkShape("net.ipv4.ip_forward", "yes", "0"));
        Sysctls.checkShape("net.ipv4.tcp_congestion_control", "reno", "cubic");
    }

    @Test
    void anEmptyValueRemovesInAnUpdate() {
        Map<String, String> in = new HashMap<>();
        in.put("kernel.shmmax", "");
        in.put("kernel.msgmax", null);
        Map<String, String> out = Sysctls.parse(in, true);
        assertTrue(out.containsKey("kernel.shmmax") && out.containsKey("kernel.msgmax"));
        assertNull(out.get("kernel.shmmax"));
        assertThrows(RuntimeError.class, () -> Sysctls.parse(Map.of("kernel.hostname", ""), true));
    }

    @Test
    void eth0KeysAreTriedOnANewNamespacesDefaults() {
        assertEquals("/proc/sys/net/ipv4/conf/default/rp_filter", Sysctls.scratchPath("net.ipv4.conf.eth0.rp_filter"));
        assertEquals("/proc/sys/net/ipv4/conf/eth0/rp_filter", Sysctls.path("net.ipv4.conf.eth0.rp_filter"));
        assertEquals("/proc/sys/kernel/shmmax", Sysctls.scratchPath("kernel.shmmax"));
    }
}
