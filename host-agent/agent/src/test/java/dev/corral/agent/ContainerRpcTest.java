package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.corral.agent.internal.containers.AgentId;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.ContainerStates;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.ExecParams;
import dev.corral.protocol.Limits;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.SetParams;
import dev.corral.protocol.StopParams;
import dev.corral.protocol.SubscribeParams;
import dev.corral.protocol.TemplateParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The container and template methods over real SSH, on real busybox containers. Needs root. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerRpcTest {

    private static final long MB = 1L << 20;

    @RegisterExtension
    final BusyboxAgent busybox = new BusyboxAgent();
    private TestAgent agent;
    private RpcClient client;

    @BeforeAll
    void start() {
        agent = busybox.agent();
        client = busybox.client();
    }

    private JsonObject create(String name, Limits limits, Boolean onboot) throws Exception {
        return client.result(Methods.CONTAINER_CREATE,
                new ContainerSpec(name, "busybox", null, null, limits, onboot, null)).getAsJsonObject();
    }

    private JsonObject call(String method, String name) throws Exception {
        return client.result(method, new NameParams(name)).getAsJsonObject();
    }

    private int error(String method, Object params) throws Exception {
        return RpcClient.errorCode(client.call(method, params));
    }

    private static boolean is(JsonObject event, String name, String state) {
        return event.get("name").getAsString().equals(name) && event.get("state").getAsString().equals(state);
    }

    @Test
    void stateChangesReachEverySubscribedSession() throws Exception {
        try (RpcClient watcher = agent.rpc()) {
            watcher.hello();
            watcher.result(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(60_000));
            create("ev", null, null);
            JsonObject created = watcher.awaitEvent(Methods.EVENT_CONTAINER_STATE, e -> is(e, "ev", "stopped"))
                    .getAsJsonObject("params");
            assertEquals("busybox", created.getAsJsonObject("info").get("template").getAsString());
            call(Methods.CONTAINER_START, "ev");
            JsonObject started = watcher.awaitEvent(Methods.EVENT_CONTAINER_STATE, e -> is(e, "ev", "running"))
                    .getAsJsonObject("params");
            assertTrue(started.getAsJsonObject("info").get("initPid").getAsInt() > 0);
            client.result(Methods.CONTAINER_STOP, new StopParams("ev", 10, false));
            watcher.awaitEvent(Methods.EVENT_CONTAINER_STATE, e -> is(e, "ev", "stopped"));
            call(Methods.CONTAINER_DESTROY, "ev");
            JsonObject gone = watcher.awaitEvent(Methods.EVENT_CONTAINER_STATE,
                    e -> is(e, "ev", ContainerStates.DESTROYED)).getAsJsonObject("params");
            assertTrue(!gone.has("info") || gone.get("info").isJsonNull());
        }
    }

    @Test
    void createWithStartAnswersARunningContainerInOneCall() throws Exception {
        try (RpcClient watcher = agent.rpc()) {
            watcher.hello();
            watcher.result(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(60_000));
            JsonObject up = client.result(Methods.CONTAINER_CREATE,
                    new ContainerSpec("both", "busybox", null, null, null, null, null).started()).getAsJsonObject();
            assertEquals(ContainerStates.RUNNING, up.get("state").getAsString());
            assertTrue(up.get("initPid").getAsInt() > 0);
            // subscribers hear of it once, already running
            watcher.awaitEvent(Methods.EVENT_CONTAINER_STATE, e -> is(e, "both", "running"));
            assertEquals(ContainerStates.RUNNING, call(Methods.CONTAINER_STATUS, "both").get("state").getAsString());
            // bad input changes nothing, start or not
            assertEquals(ErrorCodes.CONFLICT, error(Methods.CONTAINER_CREATE,
                    new ContainerSpec("both", "busybox", null, null, null, null, null).started()));
            assertEquals(ErrorCodes.NOT_FOUND, error(Methods.CONTAINER_CREATE,
                    new ContainerSpec("nope", "no-such-template", null, null, null, null, null).started()));
            assertEquals(ErrorCodes.NOT_FOUND, error(Methods.CONTAINER_STATUS, new NameParams("nope")));
            client.result(Methods.CONTAINER_STOP, new StopParams("both", 10, false));
            call(Methods.CONTAINER_DESTROY, "both");
        }
    }

    @Test
    void aContainerThatPowersOffIsReportedStopped() throws Exception {
        try (RpcClient watcher = agent.rpc()) {
            watcher.hello();
            watcher.result(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(60_000));
            create("off", null, null);
            call(Methods.CONTAINER_START, "off");
            watcher.awaitEvent(Methods.EVENT_CONTAINER_STATE, e -> is(e, "off", "running"));
            // busybox init powers off on SIGUSR2; from inside, that is `kill -USR2 1`
            client.result(Methods.CONTAINER_EXEC, new ExecParams("off", List.of("kill", "-USR2", "1"), null, 0));
            watcher.awaitEvent(Methods.EVENT_CONTAINER_STATE, e -> is(e, "off", "stopped"));
            assertEquals("stopped", call(Methods.CONTAINER_STATUS, "off").get("state").getAsString());
            call(Methods.CONTAINER_DESTROY, "off");
        }
    }

    @Test
    void listAnswersWhileAContainerIsStoppingAndShowsIt() throws Exception {
        create("slow", null, null);
        call(Methods.CONTAINER_START, "slow");
        // A shutdown script that holds the stop until told to go on. While a stop runs nothing
        // gets into the container (exec is refused), so the test talks through its root fs.
        client.result(Methods.CONTAINER_EXEC, new ExecParams("slow", List.of("/bin/sh", "-c",
                "printf '#!/bin/sh\\n[ \"$1\" = stop ] || exit 0\\ntouch /tmp/stopping\\n"
                        + "while [ ! -e /tmp/go ]; do sleep 0.05; done\\n' > /etc/init.d/S50hold"
                        + " && chmod +x /etc/init.d/S50hold"), null, 0));
        Path tmp = agent.stateDir.resolve("containers/slow/rootfs/tmp");
        try (WatchService watch = tmp.getFileSystem().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            long stop = client.send(Methods.CONTAINER_STOP, new StopParams("slow", 30, false));
            awaitFile(watch, tmp.resolve("stopping"));
            JsonArray list = client.result(Methods.CONTAINER_LIST, null).getAsJsonObject()
                    .getAsJsonArray("containers");
            JsonObject slow = null;
            for (JsonElement c : list) {
                if (c.getAsJsonObject().get("name").getAsString().equals("slow")) {
                    slow = c.getAsJsonObject();
                }
            }
            assertEquals(ContainerStates.STOPPING, slow.get("state").getAsString(), list::toString);
            Files.createFile(tmp.resolve("go"));
            JsonObject stopped = client.response(stop);
            assertEquals("stopped", stopped.getAsJsonObject("result").get("state").getAsString(), stopped::toString);
        }
        call(Methods.CONTAINER_DESTROY, "slow");
    }

    private static void awaitFile(WatchService watch, Path file) throws InterruptedException {
        long deadline = System.nanoTime() + RpcClient.TIMEOUT.toNanos();
        while (!Files.exists(file)) {
            WatchKey key = watch.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (key == null) {
                fail(file + " did not appear within " + RpcClient.TIMEOUT);
            }
            key.pollEvents();
            key.reset();
        }
    }

    @Test
    void metricsComeForRunningContainers() throws Exception {
        create("met", null, null);
        call(Methods.CONTAINER_START, "met");
        try (RpcClient watcher = agent.rpc()) {
            watcher.hello();
            watcher.result(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(250));
            for (int sample = 0; sample < 2; sample++) {
                JsonObject m = sampleOf(watcher.awaitEvent(Methods.EVENT_CONTAINER_METRICS,
                        e -> sampleOf(e, "met") != null).getAsJsonObject("params"), "met");
                assertTrue(m.get("pids").getAsLong() >= 1, m::toString);
                assertTrue(m.get("memoryBytes").getAsLong() > 0, m::toString);
                double cpu = m.get("cpuPercent").getAsDouble();
                assertTrue(cpu >= 0 && cpu <= 100, m::toString);
                assertTrue(m.get("rxBytes").getAsLong() >= 0 && m.get("txBytes").getAsLong() >= 0, m::toString);
            }
        } finally {
            client.result(Methods.CONTAINER_STOP, new StopParams("met", 0, true));
            call(Methods.CONTAINER_DESTROY, "met");
        }
    }

    private static JsonObject sampleOf(JsonObject event, String name) {
        JsonObject params = event.has("containers") ? event : event.getAsJsonObject("params");
        for (JsonElement c : params.getAsJsonArray("containers")) {
            if (c.getAsJsonObject().get("name").getAsString().equals(name)) {
                return c.getAsJsonObject();
            }
        }
        return null;
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        JsonArray before = client.result(Methods.CONTAINER_LIST, null).getAsJsonObject().getAsJsonArray("containers");
        assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_CREATE,
                new ContainerSpec("bad", "busybox", null, "192.0.2.77", null, null, null)));
        assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_CREATE,
                new ContainerSpec("Not_A_Label", "busybox", null, null, null, null, null)));
        assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_CREATE,
                new ContainerSpec("bad", null, null, null, null, null, null)));
        assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_CREATE,
                new ContainerSpec("bad", "busybox", null, null, new Limits(-5L, null, null, null, null, null, null),
                        null, null)));
        assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_CREATE,
                new ContainerSpec("bad", "busybox", null, null, new Limits(null, MB, null, null, null, null, null),
                        null, null)));
        assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_CREATE,
                new ContainerSpec("bad", "busybox", null, null, null, null, Map.of("vm.swappiness", "10"))));
        assertEquals(ErrorCodes.NOT_FOUND, error(Methods.CONTAINER_CREATE,
                new ContainerSpec("bad", "no-such-template", null, null, null, null, null)));
        assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_CREATE, Map.of("name", 5, "template", List.of())));
        assertEquals(before, client.result(Methods.CONTAINER_LIST, null).getAsJsonObject().getAsJsonArray("containers"));

        assertEquals(ErrorCodes.NOT_FOUND, error(Methods.CONTAINER_STATUS, new NameParams("nobody")));
        assertEquals(ErrorCodes.NOT_FOUND, error(Methods.CONTAINER_START, new NameParams("nobody")));
        assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_START, new NameParams(null)));
        assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.TEMPLATE_BUILD, new TemplateParams("x", "gentoo")));
        assertEquals(ErrorCodes.CONFLICT, error(Methods.TEMPLATE_BUILD, new TemplateParams("busybox", null)));
        assertEquals(ErrorCodes.NOT_FOUND, error(Methods.TEMPLATE_DELETE, new TemplateParams("nothing", null)));
    }

    @Test
    void wrongStatesAreConflicts() throws Exception {
        create("st", null, null);
        try {
            assertEquals(ErrorCodes.CONFLICT, error(Methods.CONTAINER_CREATE,
                    new ContainerSpec("st", "busybox", null, null, null, null, null)));
            assertEquals(ErrorCodes.CONFLICT, error(Methods.CONTAINER_STOP, new StopParams("st", 0, false)));
            assertEquals(ErrorCodes.CONFLICT, error(Methods.CONTAINER_EXEC,
                    new ExecParams("st", List.of("true"), null, 0)));
            assertEquals(ErrorCodes.CONFLICT, error(Methods.TEMPLATE_DELETE, new TemplateParams("busybox", null)));
            call(Methods.CONTAINER_START, "st");
            assertEquals(ErrorCodes.CONFLICT, error(Methods.CONTAINER_START, new NameParams("st")));
            assertEquals(ErrorCodes.CONFLICT, error(Methods.CONTAINER_DESTROY, new NameParams("st")));
            assertEquals("running", call(Methods.CONTAINER_STATUS, "st").get("state").getAsString());
        } finally {
            client.call(Methods.CONTAINER_STOP, new StopParams("st", 0, true));
            client.call(Methods.CONTAINER_DESTROY, new NameParams("st"));
        }
    }

    @Test
    void limitsKeepSwapOnTopOfMemoryAndCanBeRemoved() throws Exception {
        JsonObject info = create("lim", new Limits(64 * MB, 32 * MB, null, 200, null, 100L, null), null);
        JsonObject l = info.getAsJsonObject("limits");
        assertEquals(64 * MB, l.get("memoryBytes").getAsLong());
        assertEquals(32 * MB, l.get("swapBytes").getAsLong());
        assertEquals(200, l.get("cpuWeight").getAsInt());
        call(Methods.CONTAINER_START, "lim");
        try {
            l = client.result(Methods.CONTAINER_SET, new SetParams("lim",
                    new Limits(128 * MB, null, 0.5, null, null, -1L, null), null, null))
                    .getAsJsonObject().getAsJsonObject("limits");
            assertEquals(128 * MB, l.get("memoryBytes").getAsLong());
            assertEquals(32 * MB, l.get("swapBytes").getAsLong(), "the swap allowance follows memory");
            assertEquals(0.5, l.get("cpus").getAsDouble());
            assertFalse(l.has("pids"), l::toString);
            assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_SET,
                    new SetParams("lim", new Limits(0L, null, null, null, null, null, null), null, null)));
            assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_SET,
                    new SetParams("lim", null, null, null)));
            l = client.result(Methods.CONTAINER_SET, new SetParams("lim",
                    new Limits(-1L, null, -1.0, null, null, null, null), null, null))
                    .getAsJsonObject().getAsJsonObject("limits");
            assertFalse(l.has("memoryBytes") || l.has("swapBytes") || l.has("cpus"), l::toString);
            assertEquals(200, l.get("cpuWeight").getAsInt());
        } finally {
            client.result(Methods.CONTAINER_STOP, new StopParams("lim", 0, true));
            call(Methods.CONTAINER_DESTROY, "lim");
        }
    }

    @Test
    void execPassesExitCodeAndOutputAndEnforcesItsTimeout() throws Exception {
        create("ex", null, null);
        call(Methods.CONTAINER_START, "ex");
        try {
            JsonObject r = client.result(Methods.CONTAINER_EXEC, new ExecParams("ex",
                    List.of("/bin/sh", "-c", "echo out; echo err >&2; exit 7"), null, 0)).getAsJsonObject();
            assertEquals(7, r.get("exitCode").getAsInt());
            assertEquals("out\n", r.get("stdout").getAsString());
            assertEquals("err\n", r.get("stderr").getAsString());
            assertFalse(r.get("timedOut").getAsBoolean());
            r = client.result(Methods.CONTAINER_EXEC, new ExecParams("ex", List.of("sleep", "30"), null, 300))
                    .getAsJsonObject();
            assertTrue(r.get("timedOut").getAsBoolean());
            assertEquals(124, r.get("exitCode").getAsInt());
            assertEquals("input", client.result(Methods.CONTAINER_EXEC,
                    new ExecParams("ex", List.of("cat"), "input", 0)).getAsJsonObject().get("stdout").getAsString());
            assertEquals(ErrorCodes.INVALID_PARAMS, error(Methods.CONTAINER_EXEC, new ExecParams("ex", List.of(), null, 0)));
        } finally {
            client.result(Methods.CONTAINER_STOP, new StopParams("ex", 0, true));
            call(Methods.CONTAINER_DESTROY, "ex");
        }
    }

    @Test
    void anAgentRestartLeavesContainersRunningAndOnbootWaitsForTheNextBoot() throws Exception {
        create("keep", null, null);
        create("boot", null, true);
        long pid = call(Methods.CONTAINER_START, "keep").get("initPid").getAsLong();
        agent.restart();
        try (RpcClient again = agent.rpc()) {
            again.hello();
            JsonObject keep = again.result(Methods.CONTAINER_STATUS, new NameParams("keep")).getAsJsonObject();
            assertEquals("running", keep.get("state").getAsString());
            assertEquals(pid, keep.get("initPid").getAsLong(), "the same init, untouched");
            JsonObject r = again.result(Methods.CONTAINER_EXEC, new ExecParams("keep", List.of("hostname"), null, 0))
                    .getAsJsonObject();
            assertEquals("keep\n", r.get("stdout").getAsString());
            assertEquals("stopped", again.result(Methods.CONTAINER_STATUS, new NameParams("boot")).getAsJsonObject()
                    .get("state").getAsString(), "onboot containers start once per host boot, not per agent start");
        }
        // As if the host had rebooted: the marker on /run is gone.
        String id = Files.readString(agent.stateDir.resolve(AgentId.FILE)).strip();
        Files.delete(Path.of("/run", "corral-" + id, "onboot-done"));
        agent.restart();
        try (RpcClient again = agent.rpc()) {
            again.hello();
            again.result(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(60_000));
            // Subscribed first, then asked: a start after the answer comes as an event.
            String state = again.result(Methods.CONTAINER_STATUS, new NameParams("boot")).getAsJsonObject()
                    .get("state").getAsString();
            if (!state.equals("running")) {
                again.awaitEvent(Methods.EVENT_CONTAINER_STATE, e -> is(e, "boot", "running"));
            }
        }
        client.close();
        client = agent.rpc();
        client.hello();
        for (String name : List.of("keep", "boot")) {
            client.result(Methods.CONTAINER_STOP, new StopParams(name, 0, true));
            call(Methods.CONTAINER_DESTROY, name);
        }
    }
}
