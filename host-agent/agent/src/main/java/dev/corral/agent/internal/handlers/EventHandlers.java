package dev.corral.agent.internal.handlers;

import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.ContainerSampler;
import dev.corral.protocol.Methods;
import dev.corral.protocol.SubscribeParams;
import dev.corral.protocol.SubscribeResult;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * events.subscribe and events.unsubscribe: periodic metrics per session, and membership of the
 * agent-wide {@link Subscribers} that container state changes are told to.
 */
public final class EventHandlers {

    public static final long DEFAULT_INTERVAL_MILLIS = 2000;
    /** /proc/stat counts in 10 ms ticks: shorter intervals give noise, not detail. */
    public static final long MIN_INTERVAL_MILLIS = 250;
    public static final long MAX_INTERVAL_MILLIS = 60_000;

    private final ScheduledExecutorService scheduler;
    private final Executor sampling;
    private final Subscribers subscribers;
    private final Supplier<ContainerSampler> samplers;

    /**
     * @param sampling where container samples run (they may wait on disk)
     * @param samplers makes a container sampler per session (giving null when the agent has no containers)
     */
    public EventHandlers(ScheduledExecutorService scheduler, Executor sampling, Subscribers subscribers,
                         Supplier<ContainerSampler> samplers) {
        this.scheduler = scheduler;
        this.sampling = sampling;
        this.subscribers = subscribers;
        this.samplers = samplers;
    }

    public void registerIn(HandlerRegistry registry) {
        registry.register(Methods.EVENTS_SUBSCRIBE, (context, params) -> {
            long interval = interval(Params.decode(params, SubscribeParams.class).metricsIntervalMillis());
            try {
                subscription(context).start(interval);
                subscribers.add(context);
            } catch (IOException e) {
                throw RpcException.runtimeFailure("cannot read host metrics: " + e.getMessage());
            }
            return new SubscribeResult(interval);
        });
        registry.register(Methods.EVENTS_UNSUBSCRIBE, (context, params) -> {
            subscribers.remove(context);
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
            MetricsSubscription s = new MetricsSubscription(context, scheduler, sampling, samplers.get());
            context.onClose(() -> {
                subscribers.remove(context);
                s.stop();
            });
            return s;
        });
    }
}
