package dev.corral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** How corralctl shows a task's times: to the second in the local zone, "-" where an agent sent none. */
class TaskCommandsTest {

    @Test
    void anAgentsInstantIsShownToTheSecondInTheLocalZone() {
        String iso = "2026-11-25T16:40:01.923Z";
        LocalDateTime local = LocalDateTime.ofInstant(Instant.parse(iso), ZoneId.systemDefault());
        assertEquals(String.format("%04d-%02d-%02d %02d:%02d:%02d", local.getYear(), local.getMonthValue(),
                local.getDayOfMonth(), local.getHour(), local.getMinute(), local.getSecond()), TaskCommands.when(iso));
    }

    @Test
    void noTimeStaysNoneAndAnUnreadableOneIsShownAsSent() {
        assertNull(TaskCommands.when(null), "older agents and running tasks: the table shows '-'");
        assertEquals("yesterday", TaskCommands.when("yesterday"));
    }
}
