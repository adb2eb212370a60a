package dev.corral.runtime.internal.netlink;

import com.sun.jna.Native;
import dev.corral.runtime.RuntimeError;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Named network namespaces made as {@code ip netns add} makes them (a file under a shared
 * /run/netns with the namespace bind-mounted on it, so {@code ip netns} and {@code nsenter} find
 * it), without a process. A namespace is entered by a thread, not a process: the new one is made
 * on a short-lived thread of its own, which opens the netlink socket for it and goes back before
 * it ends, so no JVM thread is ever left in a foreign namespace.
 *
 * <p>Making the namespace is the kernel's slowest step of a start's network (1-3 ms here), so one
 * is made ahead: {@link #create} names the spare and makes the next one in the background. The
 * spare has no name and lives only as this process's file descriptor and socket; it goes with the
 * process.
 */
public final class Netns {

    /** An unnamed namespace ready for {@link #create}: its nsfs descriptor and a socket inside. */
    private record Spare(int fd, NetlinkSocket socket) {
        void close() {
            Libc.C.close(fd);
            socket.close();
        }
    }

    private static final AtomicReference<Spare> SPARE = new AtomicReference<>();
    private static final ExecutorService REFILL = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "netns-spare");
        t.setDaemon(true);
        return t;
    });

    private Netns() {
    }

    /**
     * Creates namespace {@code path} (/run/netns/NAME, which must not exist) and returns a netlink
     * socket inside it. On failure nothing is left behind.
     */
    public static NetlinkSocket create(Path path) {
        shareRunDir(path.getParent());
        String file = path.toString();
        // Mode 0 and exclusive, as ip: an existing name is an error, never reused.
        int fd = Libc.C.open(file, Libc.O_RDONLY | Libc.O_CREAT | Libc.O_EXCL | Libc.O_CLOEXEC, 0);
        if (fd < 0) {
            throw RuntimeError.failure("cannot create namespace file " + file + ": " + Libc.describe(Native.getLastError()));
        }
        Libc.C.close(fd);
        Spare spare = SPARE.getAndSet(null);
        try {
            if (spare == null) {
                spare = makeSpare();
            }
            // The namespace bound through its descriptor, as a bind of /proc/PID/ns/net would.
            if (Libc.C.mount("/proc/self/fd/" + spare.fd(), file, "none", Libc.MS_BIND, null) != 0) {
                throw RuntimeError.failure("cannot bind network namespace to " + file + ": "
                        + Libc.describe(Native.getLastError()));
            }
        } catch (RuntimeException e) {
            if (spare != null) {
                spare.close();
            }
            java.io.File f = new java.io.File(file);
            if (!f.delete() && f.exists()) {
                e.addSuppressed(new IllegalStateException("cannot remove " + file));
            }
            throw e;
        }
        Libc.C.close(spare.fd());
        refill();
        return spare.socket();
    }

    /** Makes the next spare in the background; best effort (without one, a create makes its own). */
    private static void refill() {
        REFILL.execute(() -> {
            if (SPARE.get() != null) {
                return;
            }
            try {
                Spare s = makeSpare();
                if (!SPARE.compareAndSet(null, s)) {
                    s.close();
                }
            } catch (RuntimeException ignored) {
                // the next create reports what is wrong when it makes its own
            }
        });
    }

    /** A new namespace made on a short-lived thread of its own. */
    private static Spare makeSpare() {
        return onOwnThread("netns-new", Netns::enterNew, "cannot create a network namespace");
    }

    /**
     * A netlink socket of {@code protocol} inside the existing namespace {@code path}, opened by a
     * short-lived thread that enters it and goes home again (a socket stays in the namespace it
     * was opened in, whichever thread uses it later).
     */
    public static NetlinkSocket socketIn(Path path, int protocol) {
        return onOwnThread("netns-enter", () -> enter(path, protocol), "cannot enter network namespace " + path);
    }

    /**
     * Runs {@code work} on a new thread and returns its result: a thread that changes namespace is
     * one no other work of the agent ever runs on.
     */
    private static <T> T onOwnThread(String name, Supplier<T> work, String failure) {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                out.set(work.get());
            } catch (Throwable e) {
                out.set(new Failed(e));
            }
        }, name);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            // The thread ends by itself in microseconds: wait for it so its outcome is known.
            joinUninterruptibly(t);
            Thread.currentThread().interrupt();
        }
        if (out.get() instanceof Failed f) {
            throw f.cause() instanceof RuntimeException r ? r : RuntimeError.failure(failure, f.cause());
        }
        @SuppressWarnings("unchecked")
        T result = (T) out.get();
        return result;
    }

    private record Failed(Throwable cause) {
    }

    private static NetlinkSocket enter(Path path, int protocol) {
        int home = Libc.C.open("/proc/thread-self/ns/net", Libc.O_RDONLY | Libc.O_CLOEXEC, 0);
        if (home < 0) {
            throw RuntimeError.failure("cannot open this thread's network namespace: " + Libc.describe(Native.getLastError()));
        }
        int ns = Libc.C.open(path.toString(), Libc.O_RDONLY | Libc.O_CLOEXEC, 0);
        try {
            if (ns < 0 || Libc.C.setns(ns, Libc.CLONE_NEWNET) != 0) {
                throw RuntimeError.failure("cannot enter network namespace " + path + ": " + Libc.describe(Native.getLastError()));
            }
            try {
                return NetlinkSocket.open(protocol);
            } finally {
                Libc.C.setns(home, Libc.CLONE_NEWNET);
            }
        } finally {
            if (ns >= 0) {
                Libc.C.close(ns);
            }
            Libc.C.close(home);
        }
    }

    /** On the namespace's own thread: unshare, hold the namespace by a descriptor, open a socket, go home. */
    private static Spare enterNew() {
        int home = Libc.C.open("/proc/thread-self/ns/net", Libc.O_RDONLY | Libc.O_CLOEXEC, 0);
        if (home < 0) {
            throw RuntimeError.failure("cannot open this thread's network namespace: " + Libc.describe(Native.getLastError()));
        }
        try {
            if (Libc.C.unshare(Libc.CLONE_NEWNET) != 0) {
                throw RuntimeError.failure("cannot create a network namespace: " + Libc.describe(Native.getLastError()));
            }
            int ns = Libc.C.open("/proc/thread-self/ns/net", Libc.O_RDONLY | Libc.O_CLOEXEC, 0);
            if (ns < 0) {
                throw RuntimeError.failure("cannot open the new network namespace: " + Libc.describe(Native.getLastError()));
            }
            NetlinkSocket s;
            try {
                s = NetlinkSocket.open();
            } catch (RuntimeException e) {
                Libc.C.close(ns);
                throw e;
            }
            // Going home only tidies up: the thread ends next, and the namespace lives on in ns.
            Libc.C.setns(home, Libc.CLONE_NEWNET);
            return new Spare(ns, s);
        } finally {
            Libc.C.close(home);
        }
    }

    /**
     * As ip does before every add: /run/netns a shared mount point, so namespaces mounted there
     * later show in every mount namespace that has it (making it one first if it is not).
     */
    private static void shareRunDir(Path dir) {
        String d = dir.toString();
        new java.io.File(d).mkdirs();
        if (Libc.C.mount("", d, "none", Libc.MS_SHARED | Libc.MS_REC, null) == 0) {
            return;
        }
        int errno = Native.getLastError();
        if (errno != Libc.EINVAL
                || Libc.C.mount(d, d, "none", Libc.MS_BIND | Libc.MS_REC, null) != 0
                || Libc.C.mount("", d, "none", Libc.MS_SHARED | Libc.MS_REC, null) != 0) {
            throw RuntimeError.failure("cannot make " + d + " a shared mount: " + Libc.describe(
                    errno != Libc.EINVAL ? errno : Native.getLastError()));
        }
    }

    private static void joinUninterruptibly(Thread t) {
        while (true) {
            try {
                t.join();
                return;
            } catch (InterruptedException ignored) {
                // keep waiting; the caller restores the flag
            }
        }
    }
}
