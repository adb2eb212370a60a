package dev.corral.agent.internal.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProcTest {

    private static final String STAT_1 = """
            cpu  100 0 50 800 50 0 0 0 0 0
            cpu0 50 0 25 400 25 0 0 0 0 0
            cpu1 50 0 25 400 25 0 0 0 0 0
            intr 12345
            ctxt 999
            """;
    private static final String STAT_2 = """
            cpu  250 0 100 1400 50 0 0 0 0 0
            cpu0 125 0 50 700 25 0 0 0 0 0
            cpu1 125 0 50 700 25 0 0 0 0 0
            """;

    @Test
    void cpuPercentIsTheBusyShareBetweenSamples() {
        Proc.CpuTimes a = Proc.cpuTimes(STAT_1);
        Proc.CpuTimes b = Proc.cpuTimes(STAT_2);
        assertEquals(150, a.busy());
        assertEquals(1000, a.total());
        // busy +200 of total +800 (idle +600, iowait +0)
        assertEquals(25.0, Proc.cpuPercent(a, b), 1e-9);
        assertEquals(0.0, Proc.cpuPercent(a, a));
        assertEquals(2, Proc.cpuCount(STAT_1));
    }

    @Test
    void memoryUsesMemAvailable() {
        Proc.Memory m = Proc.memory("""
                MemTotal:       1000 kB
                MemFree:         100 kB
                MemAvailable:    600 kB
                Buffers:          50 kB
                Cached:          200 kB
                HugePages_Total:   0
                """);
        assertEquals(1000 * 1024, m.total());
        assertEquals(600 * 1024, m.available());
    }

    @Test
    void memoryWithoutMemAvailableFallsBackToFreePlusCaches() {
        Proc.Memory m = Proc.memory("MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 200 kB\n");
        assertEquals(350 * 1024, m.available());
    }

    @Test
    void loadAverageAndUptime() {
        assertArrayEquals(new double[] {0.5, 1.25, 2.0}, Proc.loadAverage("0.50 1.25 2.00 1/234 5678\n"));
        assertEquals(12345, Proc.uptimeSeconds("12345.67 23456.78\n"));
    }

    @Test
    void toolVersionsAreReadFromTheirFirstLine() {
        assertEquals("1.1.5+ds1", ToolVersions.version("runc version 1.1.5+ds1\ncommit: v1.1.5\nspec: 1.0.2\n",
                "runc version"));
        assertEquals("4.2.1", ToolVersions.version("Version: 4.2.1\n", "Version:"));
        assertEquals(null, ToolVersions.version(null, "Version:"));
        assertEquals(null, ToolVersions.run("/nonexistent/tool", "--version"));
    }
}
