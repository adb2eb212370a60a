package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.AtomicFiles;
import dev.corral.agent.internal.NamedThreads;
import dev.corral.agent.internal.handlers.Subscribers;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's tasks (the newest 100), kept in {@code <state>/tasks.json}, written whole and
 * atomically on every change (progress in the background, a task's end at once), so the history
 * survives an agent restart. A task that was running
 * when the agent stopped is shown failed at the next start, saying where its container is. Tasks
 * run on the agent's threads, not the session's, so they go on when their client goes. Their
 * events reach every subscriber and every session that started or asked about a task (a client
 * re-attaches with task.list/task.status).
 */
final class Tasks {

    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);
    static final String FILE = "tasks.json";
    static final String INTERRUPTED = "the agent stopped during the task";
    private static final int KEEP = 100;
    private static final Pattern ID = Pattern.compile("t(\\d+)-.*");
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(new NamedThreads("corral-task-history"));

    private final Subscribers subscribers;
    private final Path file;
    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Set<RpcContext> watchers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean saveQueued = new AtomicBoolean();

    /**
     * @param file    the history (null: memory only)
     * @param whereIs for a task the agent's stop interrupted: where its target container is now
     */
    Tasks(Subscribers subscribers, Path file, Function<String, String> whereIs) {
        this.subscribers = subscribers;
        this.file = file;
        load(whereIs);
    }

    private synchronized void load(Function<String, String> whereIs) {
        if (file == null || !Files.exists(file)) {
            return;
        }
        TaskList saved;
        try {
            saved = JsonRpc.gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), TaskList.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the task history {}: {}; starting a new one", file, e.toString());
            return;
        }
        if (saved == null || saved.tasks() == null) {
            return;
        }
        for (TaskInfo i : saved.tasks()) {
            if (i == null || i.id() == null) {
                continue;
            }
            TaskInfo info = i;
            if (!i.done()) {
                String where = whereIs.apply(i.target());
                info = new TaskInfo(i.id(), i.kind(), i.target(), i.phase(), i.bytes(), i.totalBytes(), i.percent(),
                        i.frozenMillis(), TaskInfo.FAILED, INTERRUPTED + " (in phase " + i.phase() + ")"
                        + (where == null || where.isEmpty() ? "" : "; " + where), i.started(), null,
                        i.destination());
                LOG.warn("task {} ({} {}) was interrupted by the agent's stop: {}", i.id(), i.kind(), i.target(),
                        info.message());
            }
            tasks.put(info.id(), Task.restored(info, this::publish));
            Matcher m = ID.matcher(info.id());
            if (m.matches()) {
                next.set(Math.max(next.get(), Long.parseLong(m.group(1)) + 1));
            }
        }
        save();
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
        save();
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
        if (info.done()) {
            save();
        } else if (saveQueued.compareAndSet(false, true)) {
            // Progress is written off the task's thread: an fsync must not lengthen a frozen phase.
            WRITER.execute(() -> {
                saveQueued.set(false);
                save();
            });
        }
        subscribers.broadcast(Methods.EVENT_TASK, info);
        for (RpcContext s : watchers) {
            if (!subscribers.contains(s)) {
                s.notify(Methods.EVENT_TASK, info);
            }
        }
    }

    /** Waits until the progress writes queued so far are on disk (for tests; bounded). */
    static void awaitWrites() throws Exception {
        WRITER.submit(() -> { }).get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The whole history, replaced atomically: a crash leaves the previous or the new one. */
    private synchronized void save() {
        if (file == null) {
            return;
        }
        try {
            byte[] json = JsonRpc.gson().toJson(new TaskList(list())).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, json, AtomicFiles.PRIVATE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write the task history {}: {}", file, e.toString());
        }
    }
}
