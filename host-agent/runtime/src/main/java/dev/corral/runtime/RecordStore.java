package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Names;
import dev.corral.runtime.internal.Procs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The containers' records on disk, and who may change one now: a lock per name serializes the
 * operations on a container, and the start or stop under way is kept beside it so that status can
 * answer without waiting for that lock.
 */
final class RecordStore {

    private final Path containersDir;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** name -> STARTING or STOPPING while that runs under the name's lock: what status shows meanwhile. */
    private final ConcurrentHashMap<String, ContainerState> transitions = new ConcurrentHashMap<>();

    RecordStore(Path containersDir) {
        this.containersDir = containersDir;
    }

    Path containersDir() {
        return containersDir;
    }

    Path dir(String name) {
        return containersDir.resolve(name);
    }

    List<String> names() {
        try (Stream<Path> s = Files.list(containersDir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(ContainerRecord.FILE)))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw RuntimeError.failure("cannot list " + containersDir + ": " + e.getMessage(), e);
        }
    }

    List<ContainerRecord> records() {
        List<ContainerRecord> out = new ArrayList<>();
        for (String n : names()) {
            out.add(ContainerRecord.load(dir(n)));
        }
        return out;
    }

    /** Whether the recorded init is still that process (its start time guards against pid reuse). */
    static boolean running(ContainerRecord r) {
        return r.initPid > 0 && Procs.alive(r.initPid, r.initStartTime);
    }

    ContainerRecord load(String name) {
        Names.label("container", name);
        Path d = dir(name);
        if (!Files.isRegularFile(d.resolve(ContainerRecord.FILE))) {
            throw RuntimeError.notFound("no container " + name);
        }
        return ContainerRecord.load(d);
    }

    <T> T locked(String name, Supplier<T> body) {
        ReentrantLock lock = lockOf(name);
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    ReentrantLock lockOf(String name) {
        return locks.computeIfAbsent(name, n -> new ReentrantLock());
    }

    /** Runs a start or stop, holding the name's lock, with status showing {@code state} meanwhile. */
    void during(String name, ContainerState state, Runnable body) {
        transitions.put(name, state);
        try {
            body.run();
        } finally {
            transitions.remove(name, state);
        }
    }

    /** STARTING or STOPPING while {@link #during} runs for the name, else null. */
    ContainerState transition(String name) {
        return transitions.get(name);
    }

    /**
     * The init of a running container, for entering it. Waits for an operation on it (a process
     * entering during a checkpoint would be dumped with it), but not for a stop: CONFLICT at once.
     */
    long runningInit(String name) {
        ReentrantLock lock = lockOf(name);
        try {
            while (!lock.tryLock(100, TimeUnit.MILLISECONDS)) {
                if (transitions.get(name) == ContainerState.STOPPING) {
                    load(name);
                    throw RuntimeError.conflict("container " + name + " is stopping");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RuntimeError.failure("interrupted while waiting for container " + name);
        }
        try {
            ContainerRecord r = load(name);
            if (!running(r)) {
                throw RuntimeError.conflict("container " + name + " is not running");
            }
            return r.initPid;
        } finally {
            lock.unlock();
        }
    }
}
