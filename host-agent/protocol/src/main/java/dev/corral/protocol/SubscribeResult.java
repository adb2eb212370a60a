package dev.corral.protocol;

/**
 * Answer to {@link Methods#EVENTS_SUBSCRIBE}.
 *
 * @param metricsIntervalMillis the interval the agent actually uses, after applying its default
 *        and clamping the request to the range it supports
 */
public record SubscribeResult(long metricsIntervalMillis) {
}
