package dev.corral.agent;

import org.slf4j.LoggerFactory;

/**
 * SIGTERM and SIGINT as a normal stop. With only a shutdown hook the JVM would exit with status
 * 143 after SIGTERM; handling the signal lets the agent close and return 0, which systemd and
 * test harnesses read as a clean stop.
 */
final class Signals {

    private Signals() {
    }

    @SuppressWarnings("restriction")
    static void onTermination(Runnable action) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> action.run());
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                // Not on this JVM or this signal is reserved: the shutdown hook still closes the server.
                LoggerFactory.getLogger(Signals.class).debug("cannot handle SIG{}: {}", name, e.toString());
            }
        }
    }
}
