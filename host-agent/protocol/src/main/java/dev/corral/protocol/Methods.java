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

    private Methods() {
    }
}
