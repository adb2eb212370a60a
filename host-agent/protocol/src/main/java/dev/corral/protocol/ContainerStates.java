package dev.corral.protocol;

/** Values of {@link ContainerInfo#state()}; the console maps them onto its model. */
public final class ContainerStates {

    public static final String STOPPED = "stopped";
    public static final String STARTING = "starting";
    public static final String RUNNING = "running";
    public static final String STOPPING = "stopping";
    public static final String FROZEN = "frozen";
    public static final String MIGRATING = "migrating";
    /** The agent found the container's state inconsistent (e.g. after a crash) and needs repair. */
    public static final String BROKEN = "broken";

    /** Only in {@link ContainerStateEvent}: the container no longer exists (its info is null). */
    public static final String DESTROYED = "destroyed";

    private ContainerStates() {
    }
}
