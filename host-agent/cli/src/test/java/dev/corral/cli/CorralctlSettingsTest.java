package dev.corral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.agent.TestAgent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * corralctl set --sysctl/--onboot, exec --stdin, and status during a long stop, against a real
 * agent with busybox containers on a throw-away bridge. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorralctlSettingsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private TestAgent agent;
    private Path config;

    @BeforeAll
    void start() throws Exception {
        agent = TestAgent.start();
        Path known = agent.dir.resolve("known_hosts");
        Files.writeString(known, "[127.0.0.1]:" + agent.port() + " " + agent.server().hostPublicKey() + "\n");
        config = agent.dir.resolve("corralctl.conf");
        Files.writeString(config, "host=127.0.0.1\nport=" + agent.port() + "\nuser=root\nidentity="
                + agent.identityFile() + "\nknown_hosts=" + known + "\n");
        ok("template", "build", "busybox");
    }

    @AfterAll
    void stop() {
        if (agent != null) {
            agent.close();
        }
    }

    private record Result(int code, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    private Result runWithInput(String stdin, String... argv) {
        List<String> args = new ArrayList<>(List.of("--config", config.toString()));
        args.addAll(List.of(argv));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result run(String... argv) {
        return runWithInput("", argv);
    }

    private Result ok(String... argv) {
        Result r = run(argv);
        assertEquals(0, r.code, () -> String.join(" ", argv) + ": " + r.err + r.out);
        return r;
    }

    private String inside(String container, String key) {
        return ok("exec", container, "--", "cat", "/proc/sys/" + key.replace('.', '/')).out.strip();
    }

    private static String onHost(String key) throws Exception {
        return Files.readString(Path.of("/proc/sys/" + key.replace('.', '/'))).strip();
    }

    @Test
    void setSysctlChangesTheContainerNotTheHostAndSurvivesRestart() throws Exception {
        ok("create", "ct", "--template", "busybox");
        ok("start", "ct");
        try {
            String forwardOnHost = onHost("net.ipv4.ip_forward");
            String shmmaxOnHost = onHost("kernel.shmmax");
            String forward = forwardOnHost.equals("1") ? "0" : "1";
            ok("set", "ct", "--sysctl", "net.ipv4.ip_forward=" + forward, "--sysctl", "kernel.shmmax=268435456");
            assertEquals(forward, inside("ct", "net.ipv4.ip_forward"));
            assertEquals("268435456", inside("ct", "kernel.shmmax"));
            assertEquals(forwardOnHost, onHost("net.ipv4.ip_forward"), "the host's own value");
            assertEquals(shmmaxOnHost, onHost("kernel.shmmax"), "the host's own value");
            JsonObject sysctls = ok("--json", "status", "ct").json().getAsJsonObject("sysctls");
            assertEquals(forward, sysctls.get("net.ipv4.ip_forward").getAsString());
            assertTrue(ok("status", "ct").out.contains("kernel.shmmax=268435456"));

            Result refused = run("set", "ct", "--sysctl", "vm.swappiness=10", "--sysctl", "kernel.shmmax=536870912");
            assertEquals(ExitCodes.USAGE, refused.code, refused.err);
            assertTrue(refused.err.contains("vm.swappiness") && refused.err.contains("not namespaced"), refused.err);
            assertEquals("268435456", inside("ct", "kernel.shmmax"), "nothing changed");
            assertEquals(sysctls, ok("--json", "status", "ct").json().getAsJsonObject("sysctls"));

            ok("restart", "ct", "--timeout", "10");
            assertEquals(forward, inside("ct", "net.ipv4.ip_forward"));
            assertEquals("268435456", inside("ct", "kernel.shmmax"));
            assertEquals(forwardOnHost, onHost("net.ipv4.ip_forward"));
            assertEquals(shmmaxOnHost, onHost("kernel.shmmax"));

            ok("set", "ct", "--sysctl", "kernel.shmmax=");
            assertFalse(ok("--json", "status", "ct").json().getAsJsonObject("sysctls").has("kernel.shmmax"));
        } finally {
            run("stop", "ct", "--force");
            run("destroy", "ct");
        }
    }

    @Test
    void setOnbootAndExecWithStdin() {
        ok("create", "ob", "--template", "busybox");
        try {
            ok("set", "ob", "--onboot", "yes");
            assertTrue(ok("--json", "status", "ob").json().get("onboot").getAsBoolean());
            assertTrue(ok("list").out.lines().anyMatch(l -> l.startsWith("ob ") && l.trim().endsWith("yes")));
            ok("set", "ob", "--onboot", "no");
            assertFalse(ok("--json", "status", "ob").json().get("onboot").getAsBoolean());
            assertEquals(ExitCodes.USAGE, run("set", "ob", "--onboot", "maybe").code);

            ok("start", "ob");
            Result echoed = runWithInput("data\n", "exec", "ob", "--stdin", "--", "cat");
            assertEquals(0, echoed.code, echoed.err);
            assertEquals("data\n", echoed.out);
            assertEquals("", ok("exec", "ob", "--", "cat").out, "without --stdin the command reads nothing");
        } finally {
            run("stop", "ob", "--force");
            run("destroy", "ob");
        }
    }

    @Test
    void statusAnswersAtOnceDuringALongStop() throws Exception {
        ok("create", "slow", "--template", "busybox");
        ok("start", "slow");
        ok("exec", "slow", "--", "/bin/sh", "-c", "printf '#!/bin/sh\\n[ \"$1\" = stop ] || exit 0\\n"
                + "touch /tmp/stopping\\nwhile [ ! -e /tmp/go ]; do sleep 0.05; done\\n' > /etc/init.d/S50hold"
                + " && chmod +x /etc/init.d/S50hold");
        Path tmp = agent.stateDir.resolve("containers/slow/rootfs/tmp");
        CompletableFuture<Result> stop = null;
        try (WatchService watch = tmp.getFileSystem().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            stop = CompletableFuture.supplyAsync(() -> run("stop", "slow", "--timeout", "60"));
            awaitFile(watch, tmp.resolve("stopping"));
            long t0 = System.nanoTime();
            Result status = ok("--json", "status", "slow");
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("stopping", status.json().get("state").getAsString());
            assertTrue(millis < 3000, "status took " + millis + " ms");
            assertTrue(ok("status", "slow").out.lines().anyMatch(l -> l.trim().matches("state\\s+stopping")));
            Result enter = run("enter", "slow");
            assertEquals(ExitCodes.CONFLICT, enter.code, enter.err);
            assertTrue(enter.err.contains("stopping"), enter.err);
            assertFalse(stop.isDone(), "the stop still waits for its shutdown script");
        } finally {
            Files.writeString(tmp.resolve("go"), "");
            if (stop != null) {
                Result stopped = stop.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertEquals(0, stopped.code, stopped.err);
            }
            run("destroy", "slow");
        }
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
}
