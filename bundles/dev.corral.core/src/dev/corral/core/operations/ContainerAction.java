package dev.corral.core.operations;

import dev.corral.core.internal.Messages;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.StopParams;

/** What {@link ContainerActionOperation} does: the agent's method, its params and the task's title. */
public enum ContainerAction {

    START(Methods.CONTAINER_START, Messages.ContainerAction_start),
    STOP(Methods.CONTAINER_STOP, Messages.ContainerAction_stop),
    RESTART(Methods.CONTAINER_RESTART, Messages.ContainerAction_restart),
    DESTROY(Methods.CONTAINER_DESTROY, Messages.ContainerAction_destroy);

    private final String method;
    private final String title;

    ContainerAction(String method, String title) {
        this.method = method;
        this.title = title;
    }

    public String method() {
        return method;
    }

    /** Title pattern; {0} is the container, {1} the host. */
    public String title() {
        return title;
    }

    /** Stop and restart give init the agent's default time to shut down (timeout 0). */
    Object params(String name) {
        return this == STOP || this == RESTART ? new StopParams(name, 0, false) : new NameParams(name);
    }
}
