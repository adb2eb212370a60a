package dev.corral.runtime.internal;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.IntByReference;
import dev.corral.runtime.RuntimeError;
import dev.corral.runtime.internal.netlink.Libc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A child process that gets one of the agent's sockets as descriptor {@link #SOCKET_FD}: CRIU
 * takes its page-server connection that way ({@code --ps-socket}). Java's ProcessBuilder hands a
 * child only its standard streams, so this one is started with posix_spawn(3) (vfork-safe in a
 * threaded process, as the JDK's own launcher is) and waited for with waitpid(2) on a thread of
 * its own. Standard input is /dev/null; output and errors go to one file.
 */
public final class SocketChild {

    /** The child's descriptor for the socket: 3 is taken by CRIU's wrapper for a network namespace. */
    public static final int SOCKET_FD = 4;

    private static final int O_WRONLY = 1;
    private static final int O_TRUNC = 0x200;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final int SIGKILL = 9;
    /** glibc's posix_spawn_file_actions_t is 80 bytes on 64-bit; room to spare. */
    private static final int FILE_ACTIONS_BYTES = 256;

    interface Lib extends Library {
        Lib C = Native.load("c", Lib.class);

        int posix_spawn_file_actions_init(Pointer actions);

        int posix_spawn_file_actions_destroy(Pointer actions);

        int posix_spawn_file_actions_addopen(Pointer actions, int fd, String path, int flags, int mode);

        int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newFd);

        int posix_spawnp(IntByReference pid, String file, Pointer actions, Pointer attributes, StringArray argv,
                         StringArray envp);

        int waitpid(int pid, IntByReference status, int options);

        int kill(int pid, int signal);

        int fcntl(int fd, int cmd, int arg);

        int close(int fd);
    }

    private final int pid;
    private final CountDownLatch exited = new CountDownLatch(1);
    private volatile int exitCode = -1;

    private SocketChild(int pid) {
        this.pid = pid;
    }

    /**
     * Starts {@code argv} with {@code socketFd} as its descriptor {@link #SOCKET_FD} and its output
     * into {@code output} (made or truncated). The caller keeps {@code socketFd} and closes its own
     * copy once the child has it.
     */
    public static SocketChild start(List<String> argv, int socketFd, Path output) {
        // dup2 onto the same number would leave close-on-exec set: move it out of the way first
        int fd = socketFd == SOCKET_FD ? Lib.C.fcntl(socketFd, F_DUPFD_CLOEXEC, SOCKET_FD + 1) : socketFd;
        if (fd < 0) {
            throw RuntimeError.failure("cannot duplicate a socket for " + argv.get(0) + ": "
                    + Libc.describe(Native.getLastError()));
        }
        Memory actions = new Memory(FILE_ACTIONS_BYTES);
        check(Lib.C.posix_spawn_file_actions_init(actions), argv);
        try {
            check(Lib.C.posix_spawn_file_actions_addopen(actions, 0, "/dev/null", Libc.O_RDONLY, 0), argv);
            check(Lib.C.posix_spawn_file_actions_addopen(actions, 1, output.toString(),
                    O_WRONLY | Libc.O_CREAT | O_TRUNC, 0600), argv);
            check(Lib.C.posix_spawn_file_actions_adddup2(actions, 1, 2), argv);
            check(Lib.C.posix_spawn_file_actions_adddup2(actions, fd, SOCKET_FD), argv);
            IntByReference pid = new IntByReference();
            check(Lib.C.posix_spawnp(pid, argv.get(0), actions, null, new StringArray(argv.toArray(String[]::new)),
                    new StringArray(environment())), argv);
            SocketChild child = new SocketChild(pid.getValue());
            child.startWaiter(argv.get(0));
            return child;
        } finally {
            Lib.C.posix_spawn_file_actions_destroy(actions);
            if (fd != socketFd) {
                Lib.C.close(fd);
            }
        }
    }

    public int pid() {
        return pid;
    }

    /** Waits up to {@code timeout} for the child to exit: true when it did. */
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return exited.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean alive() {
        return exited.getCount() > 0;
    }

    /** The exit status (128 + signal when killed by one); -1 while it runs. */
    public int exitCode() {
        return exitCode;
    }

    /** SIGKILL, and a bounded wait for it to be reaped. */
    public void kill() {
        if (alive()) {
            Lib.C.kill(pid, SIGKILL);
            try {
                waitFor(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void startWaiter(String what) {
        Thread t = new Thread(() -> {
            IntByReference status = new IntByReference();
            int r;
            do {
                r = Lib.C.waitpid(pid, status, 0);
            } while (r < 0 && Native.getLastError() == 4 /* EINTR */);
            int s = status.getValue();
            exitCode = r < 0 ? 255 : (s & 0x7f) == 0 ? (s >> 8) & 0xff : 128 + (s & 0x7f);
            exited.countDown();
        }, "wait for " + what + " " + pid);
        t.setDaemon(true);
        t.start();
    }

    private static String[] environment() {
        Map<String, String> env = System.getenv();
        return env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private static void check(int error, List<String> argv) {
        if (error != 0) {
            throw RuntimeError.failure("cannot start " + argv.get(0) + ": " + Libc.describe(error));
        }
    }
}
