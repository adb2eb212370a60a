package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.handlers.Subscribers;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TaskInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The agent's tasks since it started (the newest 100). They run on the agent's threads, not the
 * session's, so they go on when their client goes. Their events reach every subscriber and every
 * session that started or asked about a task (a client re-attaches with task.list/task.status).
 */
final class Tasks {

    private static final int KEEP = 100;

    private final Subscribers subscribers;
    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Set<RpcContext> watchers = ConcurrentHashMap.newKeySet();

    Tasks(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    synchronized Task create(String kind, String target) {
        String id = "t" + next.getAndIncrement() + "-" + Long.toString(System.currentTimeMillis(), 36);
        Task t = new Task(id, kind, target, this::publish);
        tasks.put(id, t);
        while (tasks.size() > KEEP) {
            String oldest = tasks.keySet().iterator().next();
            if (!tasks.get(oldest).done()) {
                break;
            }
            tasks.remove(oldest);
        }
        return t;
    }

    synchronized List<TaskInfo> list() {
        List<TaskInfo> out = new ArrayList<>();
        for (Task t : tasks.values()) {
            out.add(t.info());
        }
        return out;
    }

    synchronized Task get(String id) throws RpcException {
        Task t = id == null ? null : tasks.get(id);
        if (t == null) {
            throw RpcException.notFound("no task " + id);
        }
        return t;
    }

    /** This session hears of every task from now on, until it ends. */
    void watch(RpcContext session) {
        if (watchers.add(session)) {
            session.onClose(() -> watchers.remove(session));
        }
    }

    private void publish(TaskInfo info) {
        subscribers.broadcast(Methods.EVENT_TASK, info);
        for (RpcContext s : watchers) {
            if (!subscribers.contains(s)) {
                s.notify(Methods.EVENT_TASK, info);
            }
        }
    }
}
