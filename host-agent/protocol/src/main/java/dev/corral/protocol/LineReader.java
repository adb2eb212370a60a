package dev.corral.protocol;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads newline-terminated UTF-8 lines with a hard size limit. An oversized line is skipped
 * to its end and reported, so the stream stays in step and the session stays usable.
 */
public final class LineReader {

    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    public LineReader(InputStream in, int maxBytes) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
        this.maxBytes = maxBytes;
    }

    /**
     * @return the next line without its terminator, or null at end of stream
     * @throws LineTooLongException when the line was longer than the limit (already skipped)
     */
    public String readLine() throws IOException {
        line.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                if (tooLong) {
                    throw new LineTooLongException(maxBytes);
                }
                return decode();
            }
            if (tooLong) {
                continue;
            }
            if (line.size() >= maxBytes) {
                tooLong = true;
                line.reset();
                continue;
            }
            line.write(b);
        }
        if (tooLong) {
            throw new LineTooLongException(maxBytes);
        }
        return line.size() == 0 ? null : decode();
    }

    private String decode() {
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
