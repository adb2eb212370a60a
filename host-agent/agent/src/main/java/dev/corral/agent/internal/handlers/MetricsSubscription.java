package dev.corral.agent.internal.handlers;

import dev.corral.agent.RpcContext;
import dev.corral.agent.internal.containers.ContainerSampler;
import dev.corral.agent.internal.host.HostProbe;
import dev.corral.protocol.ContainerMetricsEvent;
import dev.corral.protocol.Methods;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic host and container metrics for one session. Ticks and stop share a lock, and a tick
 * of an older schedule does nothing: after the unsubscribe answer no event follows. Container
 * samples read cgroups and may meet a busy container, so they run off the shared tick thread,
 * one at a time per session.
 */
final class MetricsSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsSubscription.class);

    private final RpcContext session;
    private final ScheduledExecutorService scheduler;
    private final Executor sampling;
    private final ContainerSampler containers;
    private ScheduledFuture<?> future;
    private HostProbe.CpuSampler cpu;
    private Object schedule;
    private boolean containerSampleRunning;
    private boolean warned;

    /** @param containers null when the agent has no containers */
    MetricsSubscription(RpcContext session, ScheduledExecutorService scheduler, Executor sampling,
                        ContainerSampler containers) {
        this.session = session;
        this.scheduler = scheduler;
        this.sampling = sampling;
        this.containers = containers;
    }

    synchronized void start(long intervalMillis) throws IOException {
        stop();
        cpu = new HostProbe.CpuSampler();
        Object current = new Object();
        schedule = current;
        future = scheduler.scheduleAtFixedRate(() -> tick(current), intervalMillis, intervalMillis,
                TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        schedule = null;
        if (future != null) {
            future.cancel(false);
            future = null;
        }
    }

    private synchronized void tick(Object which) {
        if (which != schedule) {
            return;
        }
        try {
            // offer: a client that is behind misses samples instead of queueing stale ones.
            session.offer(Methods.EVENT_HOST_METRICS, HostProbe.metrics(cpu));
            if (containers != null && !containerSampleRunning) {
                containerSampleRunning = true;
                sampling.execute(() -> sampleContainers(which));
            }
        } catch (IOException | RuntimeException e) {
            // Thrown out of a periodic task, it would silently end the schedule.
            warnOnce("host metrics", e);
        }
    }

    private void sampleContainers(Object which) {
        ContainerMetricsEvent event = null;
        try {
            event = containers.sample();
        } catch (Exception e) { // NOPMD: a failed sample must not end the sampling
            warnOnce("container metrics", e);
        }
        synchronized (this) {
            containerSampleRunning = false;
            if (event != null && which == schedule) {
                session.offer(Methods.EVENT_CONTAINER_METRICS, event);
            }
        }
    }

    private synchronized void warnOnce(String what, Exception e) {
        if (e instanceof RejectedExecutionException) {
            return; // the agent is stopping
        }
        if (!warned) {
            LOG.warn("session {}: cannot sample {}: {}", session.sessionId(), what, e.toString());
            warned = true;
        }
    }
}
