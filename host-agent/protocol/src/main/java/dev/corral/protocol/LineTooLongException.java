package dev.corral.protocol;

import java.io.IOException;

/** A line longer than the limit; the reader has already skipped past it. */
public class LineTooLongException extends IOException {

    private static final long serialVersionUID = 1L;

    public LineTooLongException(int limit) {
        super("line exceeds " + limit + " bytes");
    }
}
