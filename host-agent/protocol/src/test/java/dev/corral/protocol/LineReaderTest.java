package dev.corral.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void oversizedLineIsSkippedAndTheNextLineStillReads() throws Exception {
        String input = "short\r\n" + "x".repeat(100) + "\nnext\nlast";
        LineReader reader = new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), 10);
        assertEquals("short", reader.readLine());
        assertThrows(LineTooLongException.class, reader::readLine);
        assertEquals("next", reader.readLine());
        assertEquals("last", reader.readLine());
        assertNull(reader.readLine());
    }

    @Test
    void decodesUtf8() throws Exception {
        LineReader reader = new LineReader(new ByteArrayInputStream("héllo\n".getBytes(StandardCharsets.UTF_8)), 64);
        assertEquals("héllo", reader.readLine());
    }
}
