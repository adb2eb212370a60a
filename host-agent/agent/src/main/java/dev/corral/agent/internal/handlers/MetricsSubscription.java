package dev.corral.agent.internal.handlers;

import dev.corral.agent.RpcContext;
import dev.corral.agent.internal.host.HostProbe;
import dev.corral.protocol.Methods;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic host metrics for one session. Ticks and stop share a lock, and a tick of an older
 * schedule does nothing: after the unsubscribe answer no event follows.
 */
final class MetricsSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsSubscription.class);

    private final RpcContext session;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> future;
    private HostProbe.CpuSampler cpu;
    private Object schedule;
    private boolean warned;

    MetricsSubscription(RpcContext session, ScheduledExecutorService scheduler) {
        this.session = session;
        this.scheduler = scheduler;
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
        } catch (IOException | RuntimeException e) {
            // Thrown out of a periodic task, it would silently end the schedule.
            if (!warned) {
                LOG.warn("session {}: cannot sample host metrics: {}", session.sessionId(), e.toString());
                warned = true;
            }
        }
    }
}
