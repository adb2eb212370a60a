package dev.corral.protocol;

/**
 * Parameters of {@link Methods#EVENTS_SUBSCRIBE}.
 *
 * @param metricsIntervalMillis how often to push metrics; 0 means the agent's default
 */
public record SubscribeParams(long metricsIntervalMillis) {
}
