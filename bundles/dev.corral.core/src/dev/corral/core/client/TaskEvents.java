package dev.corral.core.client;

import dev.corral.protocol.TaskInfo;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The agent's {@code event.task} notifications of one host, handed to whoever follows tasks right
 * now. One instance per host outlives its connections, so a follower registered before a
 * reconnect keeps hearing the same agent's tasks (they go on while the console is away).
 */
public final class TaskEvents {

    private final List<Consumer<? super TaskInfo>> followers = new CopyOnWriteArrayList<>();

    /** Delivers {@code info} to every follower, on the calling (reader) thread. */
    public void deliver(TaskInfo info) {
        if (info == null) {
            return;
        }
        for (Consumer<? super TaskInfo> f : followers) {
            f.accept(info);
        }
    }

    /** Follows every task of the host until the returned handle is closed. */
    public Following follow(Consumer<? super TaskInfo> follower) {
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    /** Ends a {@link #follow}. */
    @FunctionalInterface
    public interface Following extends AutoCloseable {
        @Override
        void close();
    }
}
