package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Fs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Getting into a container and reading it: exec with stdin, the interactive session's command
 * line, status during a long stop, onboot changed after create. Real busybox containers; needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerAccessTest {

    static final Duration STOP = Duration.ofSeconds(10);
    static final Duration EXEC = Duration.ofSeconds(20);
    static final Duration WAIT = Duration.ofSeconds(30);

    TestHost host;
    ContainerRuntime rt;

    @BeforeAll
    void setUp() throws Exception {
        host = new TestHost();
        rt = host.runtime;
        host.busybox();
    }

    @AfterAll
    void tearDown() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void execFeedsStdinToTheCommandAndClosesIt() {
        rt.create(ContainerSpec.of("in", Templates.BUSYBOX, host.ip(10)));
        rt.start("in");
        try {
            ExecResult echo = rt.exec("in", List.of("cat"), "data\nmore\n".getBytes(StandardCharsets.UTF_8), EXEC);
            assertEquals(0, echo.exitCode(), echo.stderr());
            assertEquals("data\nmore\n", echo.stdout());
            byte[] big = new byte[300_000];
            Arrays.fill(big, (byte) 'x');
            ExecResult count = rt.exec("in", List.of("wc", "-c"), big, EXEC);
            assertEquals("300000", count.stdout().strip());
            // a command that reads nothing neither hangs nor fails on the unread input
            ExecResult ignore = rt.exec("in", List.of("true"), new byte[2 << 20], EXEC);
            assertEquals(0, ignore.exitCode());
            assertFalse(ignore.timedOut());
            ExecResult none = rt.exec("in", List.of("cat"), EXEC);
            assertEquals("", none.stdout(), "without stdin the command reads /dev/null");
        } finally {
            rt.stop("in", STOP);
            rt.destroy("in");
        }
    }

    @Test
    void interactiveArgvRunsTheCommandOnATerminalInsideTheContainer() {
        rt.create(ContainerSpec.of("tty", Templates.BUSYBOX, host.ip(11)));
        assertEquals(RuntimeError.Kind.CONFLICT, assertThrows(RuntimeError.class,
                () -> rt.interactiveArgv("tty", List.of("/bin/sh"), "xterm")).kind());
        rt.start("tty");
        try {
            assertEquals(RuntimeError.Kind.INVALID, assertThrows(RuntimeError.class,
                    () -> rt.interactiveArgv("tty", List.of("/bin/sh"), "x; rm -rf /")).kind());
            assertEquals(RuntimeError.Kind.NOT_FOUND, assertThrows(RuntimeError.class,
                    () -> rt.interactiveArgv("nobody", List.of("/bin/sh"), "xterm")).kind());
            List<String> argv = rt.interactiveArgv("tty",
                    List.of("/bin/sh", "-c", "echo \"term=$TERM tty=$(tty) host=$(hostname)\""), "xterm-256color");
            // `script` gives the command the pseudo-terminal an agent's pty would
            String line = argv.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
            Cmd.Result r = Cmd.run(List.of("script", "-qec", line, "/dev/null"), EXEC);
            assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
            assertTrue(r.stdout().contains("term=xterm-256color tty=/dev/pts/0 host=tty"), r.stdout());
        } finally {
            rt.stop("tty", STOP);
            rt.destroy("tty");
        }
    }

    @Test
    void statusAnswersAtOnceDuringALongStopAndExecIsRefusedMeanwhile() throws Exception {
        rt.create(ContainerSpec.of("slow", Templates.BUSYBOX, host.ip(12)));
        rt.start("slow");
        // a shutdown script that holds the stop until told to go on, through the root fs
        ExecResult hold = rt.exec("slow", List.of("/bin/sh", "-c",
                "printf '#!/bin/sh\\n[ \"$1\" = stop ] || exit 0\\ntouch /tmp/stopping\\n"
                        + "while [ ! -e /tmp/go ]; do sleep 0.05; done\\n' > /etc/init.d/S50hold"
                        + " && chmod +x /etc/init.d/S50hold"), EXEC);
        assertEquals(0, hold.exitCode(), hold.stderr());
        Path tmp = host.stateDir.resolve("containers/slow/rootfs/tmp");
        CompletableFuture<ContainerInfo> stop = null;
        try (WatchService watch = tmp.getFileSystem().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            stop = CompletableFuture.supplyAsync(() -> rt.stop("slow", WAIT));
            awaitFile(watch, tmp.resolve("stopping"));

            long t0 = System.nanoTime();
            ContainerInfo during = rt.status("slow");
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(ContainerState.STOPPING, during.state());
            assertTrue(during.initPid() > 0);
            assertTrue(millis < 1000, "status took " + millis + " ms");
            assertEquals(ContainerState.STOPPING,
                    rt.list().stream().filter(c -> c.name().equals("slow")).findFirst().orElseThrow().state());
            t0 = System.nanoTime();
            RuntimeError refused = assertThrows(RuntimeError.class, () -> rt.exec("slow", List.of("true"), EXEC));
            assertEquals(RuntimeError.Kind.CONFLICT, refused.kind());
            assertTrue(refused.getMessage().contains("stopping"), refused.getMessage());
            assertEquals(RuntimeError.Kind.CONFLICT, assertThrows(RuntimeError.class,
                    () -> rt.interactiveArgv("slow", List.of("/bin/sh"), "xterm")).kind());
            millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 2000, "refusals took " + millis + " ms");
            assertFalse(stop.isDone(), "the stop was still waiting for its script");
        } finally {
            Files.writeString(tmp.resolve("go"), "");
            if (stop != null) {
                assertEquals(ContainerState.STOPPED, stop.get(WAIT.toSeconds(), TimeUnit.SECONDS).state());
            }
            rt.destroy("slow");
        }
        assertEquals(RuntimeError.Kind.NOT_FOUND, assertThrows(RuntimeError.class, () -> rt.status("slow")).kind());
    }

    private static void awaitFile(WatchService watch, Path file) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Files.exists(file)) {
            WatchKey key = watch.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (key == null) {
                fail(file + " did not appear within " + WAIT);
            }
            key.pollEvents();
            key.reset();
        }
    }

    @Test
    void onbootChangedAfterCreateIsKeptAndHonoured() {
        rt.create(ContainerSpec.of("boot", Templates.BUSYBOX, host.ip(13)));
        Path record = host.stateDir.resolve("containers/boot/corral.json");
        try {
            assertTrue(rt.update("boot", ContainerUpdate.onboot(true)).onboot());
            assertTrue(Fs.read(record).contains("\"onboot\": true"), Fs.read(record));
            // another runtime on the same state (the agent restarted) sees it and starts it
            ContainerRuntime again = ContainerRuntime.open(host.config);
            assertTrue(again.status("boot").onboot());
            assertEquals(List.of("boot"), again.startOnBoot());
            assertEquals(ContainerState.RUNNING, rt.status("boot").state());
            ContainerInfo off = rt.update("boot", ContainerUpdate.onboot(false));
            assertFalse(off.onboot());
            assertEquals(ContainerState.RUNNING, off.state(), "onboot changes nothing about the running container");
            rt.stop("boot", STOP);
            assertEquals(List.of(), rt.startOnBoot());
            assertEquals(RuntimeError.Kind.INVALID, assertThrows(RuntimeError.class,
                    () -> rt.update("boot", new ContainerUpdate(null, null, null))).kind());
        } finally {
            if (rt.status("boot").state() != ContainerState.STOPPED) {
                rt.stop("boot", STOP);
            }
            rt.destroy("boot");
        }
    }
}
