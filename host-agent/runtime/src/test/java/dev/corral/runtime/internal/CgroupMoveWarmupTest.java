package dev.corral.runtime.internal;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up's move must leave the thread where it was. Needs root for the real move. */
class CgroupMoveWarmupTest {

    @Test
    void picksTheThreadsOwnCgroupInAHierarchyWithoutOurLimits() {
        Assumptions.assumeTrue(Files.isRegularFile(Cgroups.ROOT.resolve("pids/tasks")), "a cgroup v1 host");
        String v1 = "9:name=systemd:/\n8:pids:/\n4:memory:/x\n1:cpu:/\n0::/\n";
        CgroupMoveWarmup.Target t = CgroupMoveWarmup.target(v1, "123");
        assertEquals(Cgroups.ROOT.resolve("pids/tasks"), t.file());
        assertEquals("123", t.id());
        // a cgroup that is not there (another cgroup namespace's path): none
        assertNull(CgroupMoveWarmup.target("8:pids:/no-such-cgroup-here\n", "123"));
        // Only controllers it knows: anything else (no v1 controller it may use, not unified) is left alone.
        assertNull(CgroupMoveWarmup.target("9:name=systemd:/\n4:memory:/x\n", "123"));
    }

    @Test
    void theMoveChangesNothing() throws Exception {
        Path self = Path.of("/proc/thread-self/cgroup");
        String before = Files.readString(self);
        long t0 = System.nanoTime();
        CgroupMoveWarmup.run();
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "at most a grace period");
        assertEquals(before, Files.readString(self));
        AutoCloseable hold = CgroupMoveWarmup.hold(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread th = new Thread(r);
            th.setDaemon(true);
            return th;
        }));
        hold.close();
        assertEquals(before, Files.readString(self));
    }
}
