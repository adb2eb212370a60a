package dev.corral.agent.internal.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentIdTest {

    @TempDir
    Path dir;

    @Test
    void madeOncePerStateDirectoryAndKept() throws Exception {
        String a = AgentId.loadOrCreate(dir.resolve("a"));
        assertTrue(a.matches("a[0-9a-f]{10}"), a);
        assertEquals(a, AgentId.loadOrCreate(dir.resolve("a")));
        assertNotEquals(a, AgentId.loadOrCreate(dir.resolve("b")));
        Files.move(dir.resolve("a"), dir.resolve("moved"));
        assertEquals(a, AgentId.loadOrCreate(dir.resolve("moved")), "a moved state directory keeps its id");
    }

    @Test
    void aDamagedIdFileStopsTheStart() throws Exception {
        Files.writeString(dir.resolve(AgentId.FILE), "../../etc\n");
        assertThrows(IOException.class, () -> AgentId.loadOrCreate(dir));
    }
}
