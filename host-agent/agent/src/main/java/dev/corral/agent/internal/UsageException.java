package dev.corral.agent.internal;

/** A bad flag, value or config line: the agent says what is wrong and exits with status 2. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
