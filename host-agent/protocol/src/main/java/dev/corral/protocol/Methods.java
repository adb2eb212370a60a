package dev.corral.protocol;

/** Method names of requests and of the notifications the agent pushes. */
public final class Methods {

    /** Negotiates the protocol version; answers {@link HelloResult}. Must come first. */
    public static final String HELLO = "hello";

    /** Starts pushing events to this session; params {@link SubscribeParams}. */
    public static final String EVENTS_SUBSCRIBE = "events.subscribe";

    /** Stops pushing events to this session. */
    public static final String EVENTS_UNSUBSCRIBE = "events.unsubscribe";

    /** Notification: periodic {@link HostMetrics}. */
    public static final String EVENT_HOST_METRICS = "event.hostMetrics";

    public static final String TEMPLATE_LIST = "template.list";
    public static final String TEMPLATE_BUILD = "template.build";
    public static final String TEMPLATE_IMPORT = "template.import";
    public static final String TEMPLATE_DELETE = "template.delete";

    public static final String CONTAINER_CREATE = "container.create";
    public static final String CONTAINER_START = "container.start";
    public static final String CONTAINER_STOP = "container.stop";
    public static final String CONTAINER_RESTART = "container.restart";
    public static final String CONTAINER_DESTROY = "container.destroy";
    public static final String CONTAINER_LIST = "container.list";
    public static final String CONTAINER_STATUS = "container.status";
    public static final String CONTAINER_SET = "container.set";
    public static final String CONTAINER_EXEC = "container.exec";

    /** Notification: {@link ContainerStateEvent}. */
    public static final String EVENT_CONTAINER_STATE = "event.containerState";

    /** Notification: {@link ContainerMetricsEvent}. */
    public static final String EVENT_CONTAINER_METRICS = "event.containerMetrics";

    private Methods() {
    }
}
