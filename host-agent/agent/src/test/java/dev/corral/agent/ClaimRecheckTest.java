package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.CheckpointParams;
import dev.corral.protocol.CheckpointRef;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.ContainerStates;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.ExecParams;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.Protocol;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A migration's claim taken after the dispatcher's check still refuses checkpoint, restore,
 * checkpoint.delete and exec (they check again under the container's name lock), and an exec or
 * shell session keeps a migration from claiming the container while it runs. The handlers are
 * called directly, as the dispatcher calls them once its own check has passed. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimRecheckTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String HOLDER = "being migrated away by task t-test";

    @RegisterExtension
    final BusyboxAgent busybox = new BusyboxAgent();
    private TestAgent agent;
    private RpcClient client;
    private Containers containers;

    @BeforeAll
    void start() {
        agent = busybox.agent();
        client = busybox.client();
        containers = agent.server().containers();
    }

    /** The handler as the dispatcher runs it after its check: that check is what the claim comes after. */
    private Object handle(String method, Object params) throws RpcException {
        JsonElement p = JsonRpc.gson().toJsonTree(params);
        return agent.server().handlers().get(method).handle(new TestContext(), p);
    }

    private void assertRefusedForTheClaim(String method, Object params) {
        RpcException e = assertThrows(RpcException.class, () -> handle(method, params), method);
        assertEquals(ErrorCodes.CONFLICT, e.code(), method + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(HOLDER), method + ": " + e.getMessage());
    }

    private String state(String name) throws Exception {
        return client.result(Methods.CONTAINER_STATUS, new NameParams(name)).getAsJsonObject().get("state")
                .getAsString();
    }

    private int checkpoints(String name) throws Exception {
        return client.result(Methods.CHECKPOINT_LIST, new NameParams(name)).getAsJsonObject()
                .getAsJsonArray("checkpoints").size();
    }

    @Test
    void aClaimTakenAfterTheDispatchersCheckRefusesCheckpointRestoreDeleteAndExec() throws Exception {
        client.result(Methods.CONTAINER_CREATE, new ContainerSpec("rc1", "busybox", null, null, null, null, null));
        client.result(Methods.CONTAINER_START, new NameParams("rc1"));

        // Running: checkpoint and exec would go ahead without the second check.
        assertTrue(containers.claims().claim("rc1", HOLDER));
        try {
            assertRefusedForTheClaim(Methods.CONTAINER_CHECKPOINT, new CheckpointParams("rc1", true));
            assertRefusedForTheClaim(Methods.CONTAINER_EXEC,
                    new ExecParams("rc1", List.of("touch", "/ran"), null, 0));
        } finally {
            containers.claims().release("rc1", HOLDER);
        }
        assertEquals(ContainerStates.RUNNING, state("rc1"));
        assertEquals(0, checkpoints("rc1"), "no checkpoint was taken");
        JsonObject ran = client.result(Methods.CONTAINER_EXEC,
                new ExecParams("rc1", List.of("test", "-e", "/ran"), null, 0)).getAsJsonObject();
        assertEquals(1, ran.get("exitCode").getAsInt(), "the refused exec ran nothing");

        // Stopped with a checkpoint: restore and checkpoint.delete would go ahead without it.
        String id = client.result(Methods.CONTAINER_CHECKPOINT, new CheckpointParams("rc1", false)).getAsJsonObject()
                .get("id").getAsString();
        assertEquals(ContainerStates.STOPPED, state("rc1"));
        assertTrue(containers.claims().claim("rc1", HOLDER));
        try {
            assertRefusedForTheClaim(Methods.CONTAINER_RESTORE, new CheckpointRef("rc1", id));
            assertRefusedForTheClaim(Methods.CHECKPOINT_DELETE, new CheckpointRef("rc1", id));
        } finally {
            containers.claims().release("rc1", HOLDER);
        }
        assertEquals(ContainerStates.STOPPED, state("rc1"));
        assertEquals(1, checkpoints("rc1"), "the checkpoint is still there");
    }

    @Test
    void aMigrationCannotClaimAContainerWhileAnExecRunsInIt() throws Exception {
        client.result(Methods.CONTAINER_CREATE, new ContainerSpec("rc2", "busybox", null, null, null, null, null));
        client.result(Methods.CONTAINER_START, new NameParams("rc2"));
        client.result(Methods.CONTAINER_EXEC, new ExecParams("rc2", List.of("mkfifo", "/go"), null, 0));
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread exec = new Thread(() -> {
            try {
                outcome.set(handle(Methods.CONTAINER_EXEC,
                        new ExecParams("rc2", List.of("sh", "-c", "read x < /go"), null, 0)));
            } catch (RpcException | RuntimeException e) {
                outcome.set(e);
            }
        });
        exec.start();
        await(() -> containers.claims().sessions("rc2") == 1, () -> "the exec's session never opened");
        RpcException e = assertThrows(RpcException.class, () -> containers.claimWhenFree("rc2", HOLDER));
        assertEquals(ErrorCodes.CONFLICT, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("1 exec or shell session open"), e.getMessage());
        // Opening the fifo for writing lets the reader go on.
        client.result(Methods.CONTAINER_EXEC, new ExecParams("rc2", List.of("sh", "-c", "echo > /go"), null, 0));
        exec.join(TIMEOUT.toMillis());
        assertTrue(outcome.get() instanceof dev.corral.protocol.ExecResult, () -> "exec: " + outcome.get());
        assertEquals(0, containers.claims().sessions("rc2"));
        assertTrue(containers.claimWhenFree("rc2", HOLDER), "free once the exec ended");
        containers.claims().release("rc2", HOLDER);
    }

    @Test
    void aMigrationCannotClaimAContainerWhileAShellIsOpenInIt() throws Exception {
        client.result(Methods.CONTAINER_CREATE, new ContainerSpec("rc3", "busybox", null, null, null, null, null));
        client.result(Methods.CONTAINER_START, new NameParams("rc3"));
        SshClient ssh = SshClient.setUpDefaultClient();
        ssh.setServerKeyVerifier((s, a, k) -> true);
        ssh.start();
        try (ClientSession session = ssh.connect("root", "127.0.0.1", agent.port()).verify(TIMEOUT).getSession()) {
            session.addPublicKeyIdentity(agent.key());
            session.auth().verify(TIMEOUT);
            PtyChannelConfiguration pty = new PtyChannelConfiguration();
            pty.setPtyType("xterm");
            ChannelExec shell = session.createExecChannel(Protocol.enterCommand("rc3"), pty, Map.of());
            shell.setUsePty(true);
            shell.open().verify(TIMEOUT);
            await(() -> containers.claims().sessions("rc3") == 1, () -> "the shell's session never opened");
            RpcException e = assertThrows(RpcException.class, () -> containers.claimWhenFree("rc3", HOLDER));
            assertEquals(ErrorCodes.CONFLICT, e.code(), e.getMessage());
            shell.getInvertedIn().write("exit\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            shell.getInvertedIn().flush();
            shell.waitFor(java.util.EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
            await(() -> containers.claims().sessions("rc3") == 0, () -> "the shell's session stayed open");
        } finally {
            ssh.stop();
        }
        assertTrue(containers.claimWhenFree("rc3", HOLDER), "free once the shell ended");
        containers.claims().release("rc3", HOLDER);
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what.get());
            }
            Thread.sleep(10);
        }
    }

    private static final class TestContext implements RpcContext {
        @Override
        public String sessionId() {
            return "test";
        }

        @Override
        public String user() {
            return "root";
        }

        @Override
        public int protocolVersion() {
            return Protocol.VERSION;
        }

        @Override
        public void notify(String method, Object params) {
        }

        @Override
        public boolean offer(String method, Object params) {
            return true;
        }

        @Override
        public <T> T state(Class<T> kind, Supplier<T> create) {
            return create.get();
        }

        @Override
        public void onClose(Runnable action) {
        }

        @Override
        public void close(String reason) {
        }
    }
}
