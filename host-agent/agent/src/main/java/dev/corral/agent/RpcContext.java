package dev.corral.agent;

import java.util.function.Supplier;

/** What a handler may know and do about the session its request came on. */
public interface RpcContext {

    /** Short id used in the agent's log, e.g. {@code s12}. */
    String sessionId();

    /** The SSH user name the client logged in with. */
    String user();

    /** The version hello agreed on; 0 before hello. */
    int protocolVersion();

    /**
     * Queues a notification to this client. Delivered in order with the session's responses;
     * the session is closed if the client stops reading for very long.
     */
    void notify(String method, Object params);

    /**
     * Queues a notification unless the client is behind on reading; for periodic samples, where
     * a stale one is worth less than the memory it holds.
     *
     * @return whether it was queued
     */
    boolean offer(String method, Object params);

    /** Per-session state of one kind, created on first use; lives as long as the session. */
    <T> T state(Class<T> kind, Supplier<T> create);

    /** Runs when the session ends (in any way), e.g. to stop pushing events. */
    void onClose(Runnable action);

    /** Ends the session now: answers not yet sent are lost (the migration tests' fault injection). */
    void close(String reason);
}
