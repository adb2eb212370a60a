package dev.corral.agent.internal;

/**
 * Configures slf4j-simple through its system properties. Must run before the first logger is
 * created: slf4j-simple reads them once.
 */
public final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    public static void configure(String level) {
        setIfAbsent("logFile", "System.err");
        setIfAbsent("defaultLogLevel", level);
        setIfAbsent("showDateTime", "true");
        setIfAbsent("dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setIfAbsent("showThreadName", "false");
        setIfAbsent("showShortLogName", "true");
        setIfAbsent("levelInBrackets", "true");
        // SSHD narrates every connection at info; its warnings are what an operator needs.
        setIfAbsent("log.org.apache.sshd", "debug".equals(level) || "trace".equals(level) ? level : "warn");
    }

    /** Explicit -D settings on the java command line win. */
    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
