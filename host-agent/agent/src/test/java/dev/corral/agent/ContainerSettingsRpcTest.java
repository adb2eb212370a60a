package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.ContainerStates;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.ExecParams;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.SetParams;
import dev.corral.protocol.StopParams;
import dev.corral.protocol.SubscribeParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What container.set changes besides limits (sysctls, onboot), exec with stdin, and status
 * while a stop holds the container; over real SSH on real busybox containers. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerSettingsRpcTest {

    @RegisterExtension
    final BusyboxAgent busybox = new BusyboxAgent();
    private TestAgent agent;
    private RpcClient client;

    @BeforeAll
    void start() {
        agent = busybox.agent();
        client = busybox.client();
    }

    private JsonObject call(String method, String name) throws Exception {
        return client.result(method, new NameParams(name)).getAsJsonObject();
    }

    private String exec(String name, String stdin, String... command) throws Exception {
        JsonObject r = client.result(Methods.CONTAINER_EXEC, new ExecParams(name, List.of(command), stdin, 0))
                .getAsJsonObject();
        assertEquals(0, r.get("exitCode").getAsInt(), r::toString);
        return r.get("stdout").getAsString();
    }

    private void removeQuietly(String name) throws Exception {
        client.call(Methods.CONTAINER_STOP, new StopParams(name, 0, true));
        client.call(Methods.CONTAINER_DESTROY, new NameParams(name));
    }

    @Test
    void sysctlsAreSetAtCreateAndLiveAndRefusedWhenTheyWouldReachTheHost() throws Exception {
        JsonObject created = client.result(Methods.CONTAINER_CREATE, new ContainerSpec("sys", "busybox", null, null,
                null, null, Map.of("kernel.shmmax", "268435456"))).getAsJsonObject();
        assertEquals("268435456", created.getAsJsonObject("sysctls").get("kernel.shmmax").getAsString());
        try (RpcClient watcher = agent.rpc()) {
            watcher.hello();
            watcher.result(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(60_000));
            call(Methods.CONTAINER_START, "sys");
            assertEquals("268435456\n", exec("sys", null, "cat", "/proc/sys/kernel/shmmax"));
            String hostShmmax = Files.readString(Path.of("/proc/sys/kernel/shmmax"));

            JsonObject set = client.result(Methods.CONTAINER_SET, new SetParams("sys", null,
                    Map.of("net.ipv4.conf.all.arp_announce", "2", "kernel.shmmax", "536870912"), null)).getAsJsonObject();
            assertEquals("2", set.getAsJsonObject("sysctls").get("net.ipv4.conf.all.arp_announce").getAsString());
            assertEquals("536870912\n", exec("sys", null, "cat", "/proc/sys/kernel/shmmax"));
            assertEquals("2\n", exec("sys", null, "cat", "/proc/sys/net/ipv4/conf/all/arp_announce"));
            JsonObject event = watcher.awaitEvent(Methods.EVENT_CONTAINER_STATE,
                    e -> e.get("name").getAsString().equals("sys") && e.has("info") && e.get("info").isJsonObject()
                            && e.getAsJsonObject("info").getAsJsonObject("sysctls").has("net.ipv4.conf.all.arp_announce"))
                    .getAsJsonObject("params");
            assertEquals(ContainerStates.RUNNING, event.get("state").getAsString());

            for (Map<String, String> bad : List.of(Map.of("vm.swappiness", "10"), Map.of("kernel.pid_max", "4096"),
                    Map.of("net.core.netdev_max_backlog", "10"), Map.of("kernel.shmmax", "lots"))) {
                assertEquals(ErrorCodes.INVALID_PARAMS, RpcClient.errorCode(client.call(Methods.CONTAINER_SET,
                        new SetParams("sys", null, bad, null))), bad::toString);
            }
            JsonObject after = call(Methods.CONTAINER_STATUS, "sys");
            assertEquals(set.getAsJsonObject("sysctls"), after.getAsJsonObject("sysctls"), "refusals changed nothing");
            assertEquals("536870912\n", exec("sys", null, "cat", "/proc/sys/kernel/shmmax"));
            assertEquals(hostShmmax, Files.readString(Path.of("/proc/sys/kernel/shmmax")));

            client.result(Methods.CONTAINER_RESTART, new StopParams("sys", 10, false));
            assertEquals("536870912\n", exec("sys", null, "cat", "/proc/sys/kernel/shmmax"));
            assertEquals("2\n", exec("sys", null, "cat", "/proc/sys/net/ipv4/conf/all/arp_announce"));
        } finally {
            removeQuietly("sys");
        }
    }

    @Test
    void onbootChangesWithSetAndSurvivesAnAgentRestart() throws Exception {
        client.result(Methods.CONTAINER_CREATE, new ContainerSpec("ob", "busybox", null, null, null, null, null));
        try {
            JsonObject on = client.result(Methods.CONTAINER_SET, new SetParams("ob", null, null, true)).getAsJsonObject();
            assertTrue(on.get("onboot").getAsBoolean());
            assertEquals(ContainerStates.STOPPED, on.get("state").getAsString());
            agent.restart();
            client.close();
            client = agent.rpc();
            client.hello();
            assertTrue(call(Methods.CONTAINER_STATUS, "ob").get("onboot").getAsBoolean());
            JsonObject off = client.result(Methods.CONTAINER_SET, new SetParams("ob", null, null, false))
                    .getAsJsonObject();
            assertFalse(off.get("onboot").getAsBoolean());
            assertFalse(call(Methods.CONTAINER_STATUS, "ob").get("onboot").getAsBoolean());
        } finally {
            removeQuietly("ob");
        }
    }

    @Test
    void execFeedsStdin() throws Exception {
        client.result(Methods.CONTAINER_CREATE, new ContainerSpec("in", "busybox", null, null, null, null, null));
        call(Methods.CONTAINER_START, "in");
        try {
            assertEquals("data\nünïcode\n", exec("in", "data\nünïcode\n", "cat"));
            assertEquals("3", exec("in", "a\nb\nc\n", "wc", "-l").strip());
        } finally {
            removeQuietly("in");
        }
    }

    @Test
    void statusAnswersAtOnceWithStoppingWhileAStopWaits() throws Exception {
        client.result(Methods.CONTAINER_CREATE, new ContainerSpec("slow", "busybox", null, null, null, null, null));
        call(Methods.CONTAINER_START, "slow");
        exec("slow", null, "/bin/sh", "-c", "printf '#!/bin/sh\\n[ \"$1\" = stop ] || exit 0\\ntouch /tmp/stopping\\n"
                + "while [ ! -e /tmp/go ]; do sleep 0.05; done\\n' > /etc/init.d/S50hold && chmod +x /etc/init.d/S50hold");
        Path tmp = agent.stateDir.resolve("containers/slow/rootfs/tmp");
        try (WatchService watch = tmp.getFileSystem().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            long stop = client.send(Methods.CONTAINER_STOP, new StopParams("slow", 60, false));
            awaitFile(watch, tmp.resolve("stopping"));
            try (RpcClient other = agent.rpc()) {
                other.hello();
                long t0 = System.nanoTime();
                JsonObject status = other.result(Methods.CONTAINER_STATUS, new NameParams("slow")).getAsJsonObject();
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(ContainerStates.STOPPING, status.get("state").getAsString(), status::toString);
                assertTrue(millis < 2000, "status took " + millis + " ms");
                assertEquals(ErrorCodes.CONFLICT, RpcClient.errorCode(other.call(Methods.CONTAINER_EXEC,
                        new ExecParams("slow", List.of("true"), null, 0))));
            } finally {
                Files.writeString(tmp.resolve("go"), "");
            }
            JsonObject stopped = client.response(stop);
            assertEquals(ContainerStates.STOPPED, stopped.getAsJsonObject("result").get("state").getAsString(),
                    stopped::toString);
        } finally {
            removeQuietly("slow");
        }
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
}
