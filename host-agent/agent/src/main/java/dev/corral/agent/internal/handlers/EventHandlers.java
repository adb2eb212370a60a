package dev.corral.agent.internal.handlers;

import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.protocol.Methods;
import dev.corral.protocol.SubscribeParams;
import dev.corral.protocol.SubscribeResult;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;

/** events.subscribe and events.unsubscribe. */
public final class EventHandlers {

    public static final long DEFAULT_INTERVAL_MILLIS = 2000;
    /** /proc/stat counts in 10 ms ticks: shorter intervals give noise, not detail. */
    public static final long MIN_INTERVAL_MILLIS = 250;
    public static final long MAX_INTERVAL_MILLIS = 60_000;

    private final ScheduledExecutorService scheduler;

    public EventHandlers(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void registerIn(HandlerRegistry registry) {
        registry.register(Methods.EVENTS_SUBSCRIBE, (context, params) -> {
            long interval = interval(Params.decode(params, SubscribeParams.class).metricsIntervalMillis());
            try {
                subscription(context).start(interval);
            } catch (IOException e) {
                throw RpcException.runtimeFailure("cannot read host metrics: " + e.getMessage());
            }
            return new SubscribeResult(interval);
        });
        registry.register(Methods.EVENTS_UNSUBSCRIBE, (context, params) -> {
            subscription(context).stop();
            return null;
        });
    }

    static long interval(long requested) throws RpcException {
        if (requested < 0) {
            throw RpcException.invalidParams("metricsIntervalMillis must not be negative");
        }
        if (requested == 0) {
            return DEFAULT_INTERVAL_MILLIS;
        }
        return Math.max(MIN_INTERVAL_MILLIS, Math.min(MAX_INTERVAL_MILLIS, requested));
    }

    private MetricsSubscription subscription(RpcContext context) {
        return context.state(MetricsSubscription.class, () -> {
            MetricsSubscription s = new MetricsSubscription(context, scheduler);
            context.onClose(s::stop);
            return s;
        });
    }
}
