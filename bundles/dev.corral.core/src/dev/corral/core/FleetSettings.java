package dev.corral.core;

import java.time.Duration;

/** Tunables of connections; defaults suit an operator, tests shorten them. */
public final class FleetSettings {

    private volatile Duration connectTimeout = Duration.ofSeconds(15);
    private volatile Duration requestTimeout = Duration.ofSeconds(15);
    private volatile Duration operationTimeout = Duration.ofMinutes(2);
    private volatile Duration templateBuildTimeout = Duration.ofMinutes(15);
    private volatile long metricsIntervalMillis = 2000;
    private volatile Duration reconnectInitialDelay = Duration.ofSeconds(1);
    private volatile Duration reconnectMaxDelay = Duration.ofSeconds(60);

    /** TCP connect, key exchange and authentication, each. */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** Waiting for one answer from the agent. */
    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /**
     * Waiting for a container operation (create, start, stop, restart, destroy): the agent gives a
     * stopping init 30 s by default before it kills it, so this must be longer than that.
     */
    public Duration getOperationTimeout() {
        return operationTimeout;
    }

    public void setOperationTimeout(Duration operationTimeout) {
        this.operationTimeout = operationTimeout;
    }

    /** Waiting for a template build: a Debian template downloads and installs packages. */
    public Duration getTemplateBuildTimeout() {
        return templateBuildTimeout;
    }

    public void setTemplateBuildTimeout(Duration templateBuildTimeout) {
        this.templateBuildTimeout = templateBuildTimeout;
    }

    /** How often agents push host metrics; applies to connections made afterwards. */
    public long getMetricsIntervalMillis() {
        return metricsIntervalMillis;
    }

    public void setMetricsIntervalMillis(long metricsIntervalMillis) {
        this.metricsIntervalMillis = metricsIntervalMillis;
    }

    /** Wait before the first reconnect attempt; doubled per failed attempt up to the maximum. */
    public Duration getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    public void setReconnectInitialDelay(Duration reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    public Duration getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    public void setReconnectMaxDelay(Duration reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    /** Delay before reconnect attempt {@code attempt} (1-based): doubling, capped. */
    public Duration reconnectDelay(int attempt) {
        long initial = reconnectInitialDelay.toMillis();
        long max = reconnectMaxDelay.toMillis();
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long delay = initial << shift;
        return Duration.ofMillis(delay <= 0 || delay > max ? max : delay);
    }
}
