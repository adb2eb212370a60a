package dev.corral.core;

/**
 * Job families, so callers (and tests) can find, cancel or join the console's background work
 * instead of sleeping. Every operation job also belongs to the {@link dev.corral.model.Host} it
 * works on.
 */
public final class JobFamilies {

    /** Every user-visible operation run through {@link dev.corral.core.operations.OperationJob}. */
    public static final Object OPERATIONS = new Family("operations");
    public static final Object CONNECT = new Family("connect");
    public static final Object DISCONNECT = new Family("disconnect");
    public static final Object REMOVE = new Family("remove");
    /** Operations on containers: create, start, stop, restart, destroy, limits. */
    public static final Object CONTAINERS = new Family("containers");
    /** Migrations between hosts and the prechecks before them (each also belongs to both hosts). */
    public static final Object MIGRATIONS = new Family("migrations");
    /** Building templates on hosts. */
    public static final Object TEMPLATES = new Family("templates");
    /** Reading from agents for the UI (template lists) outside the task log. */
    public static final Object QUERIES = new Family("queries");
    /** Opening and closing interactive shells in containers. */
    public static final Object SHELLS = new Family("shells");
    /** Automatic reconnection after a lost connection. */
    public static final Object RECONNECT = new Family("reconnect");
    /** Writing the inventory and task history to disk. */
    public static final Object SAVE = new Family("save");

    private JobFamilies() {
    }

    private record Family(String name) {
        @Override
        public String toString() {
            return "dev.corral.core.jobs." + name;
        }
    }
}
