package dev.corral.runtime.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcsTest {

    @Test
    void signalNamesAsKillTakesThem() {
        assertEquals(30, Procs.signalNumber("PWR"));
        assertEquals(30, Procs.signalNumber("SIGPWR"));
        assertEquals(12, Procs.signalNumber("USR2"));
        assertEquals(15, Procs.signalNumber("15"));
        assertEquals(34, Procs.signalNumber("RTMIN"));
        assertEquals(37, Procs.signalNumber("RTMIN+3"));
        assertEquals(62, Procs.signalNumber("RTMAX-2"));
        for (String bad : new String[] {"NOPE", "0", "65", "RTMIN+40", "RTMIN+x", "RTMAX+1"}) {
            assertEquals(-1, Procs.signalNumber(bad), bad);
        }
    }

    @Test
    void readsWhichSignalsAProcessCatches() throws Exception {
        // The JVM handles SIGTERM (shutdown hooks); a plain sleep neither handles nor blocks it.
        // (Blocked signals, as busybox init has them, are what every ContainersTest stop waits for.)
        long self = ProcessHandle.current().pid();
        assertTrue(Procs.takes(self, Procs.signalNumber("TERM")));
        Process sleep = new ProcessBuilder("sleep", "30").start();
        try {
            assertFalse(Procs.takes(sleep.pid(), Procs.signalNumber("TERM")));
        } finally {
            sleep.destroyForcibly().waitFor();
        }
        assertFalse(Procs.takes(Long.MAX_VALUE, 15), "a process that is not there takes nothing");
    }
}
