package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.protocol.AuthorizeParams;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrationPrecheckParams;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.Protocol;
import dev.corral.protocol.SetParams;
import dev.corral.protocol.StopParams;
import dev.corral.protocol.TemplateParams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The destination side of a migration on a real agent, driven as a source agent drives it: a key
 * granted with migration.authorize may call only what a migration source needs, and a container
 * that arrives by an upload is held (operators' changing calls refused, reads allowed) until the
 * source commits, or removed when the source goes away first. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationGrantTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TestAgent agent;
    private RpcClient op;
    private final KeyPair granted = TestKeys.ed25519();

    @BeforeAll
    void start() throws Exception {
        agent = TestAgent.start();
        op = agent.rpc();
        op.hello();
        op.result(Methods.TEMPLATE_BUILD, new TemplateParams("busybox", null));
        op.result(Methods.MIGRATION_AUTHORIZE, new AuthorizeParams(PublicKeyEntry.toString(granted.getPublic()), 600));
    }

    @AfterAll
    void stop() throws Exception {
        if (op != null) {
            op.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void aGrantedKeyMayCallOnlyWhatAMigrationSourceNeeds() throws Exception {
        try (RpcClient g = new RpcClient(agent.port(), granted)) {
            g.hello();
            for (String method : List.of(Methods.CONTAINER_LIST, Methods.CONTAINER_CREATE, Methods.MIGRATION_AUTHORIZE,
                    Methods.TASK_LIST, Methods.CONTAINER_MIGRATE, Methods.CONTAINER_RESOLVE_MIGRATION,
                    Methods.EVENTS_SUBSCRIBE)) {
                JsonObject r = g.call(method, new NameParams("x"));
                assertEquals(ErrorCodes.NOT_PERMITTED, RpcClient.errorCode(r), method + ": " + r);
                assertTrue(r.getAsJsonObject("error").get("message").getAsString().contains("migration grant"), r.toString());
            }
            JsonObject precheck = g.result(Methods.MIGRATION_PRECHECK,
                    new MigrationPrecheckParams("nobody", "busybox", agent.ip(90), 0, false)).getAsJsonObject();
            assertEquals(0, precheck.getAsJsonArray("problems").size(), precheck.toString());
        }
        Exec enter = exec(granted, Protocol.enterCommand("x"), null);
        assertEquals(Protocol.ENTER_FAILED, enter.status());
        assertTrue(enter.err().contains("not allowed"), enter.err());
        Exec get = exec(granted, Protocol.CHECKPOINT_GET_COMMAND + " x y", null);
        assertTrue(get.err().contains("not allowed"), get.err());
        // a key of the authorized_keys file keeps its full rights, also while it is granted too
        String own = PublicKeyEntry.toString(agent.key().getPublic());
        op.result(Methods.MIGRATION_AUTHORIZE, new AuthorizeParams(own, 600));
        try (RpcClient both = agent.rpc()) {
            both.hello();
            both.result(Methods.CONTAINER_LIST, null);
        } finally {
            op.result(Methods.MIGRATION_REVOKE, new AuthorizeParams(own, 0));
        }
    }

    @Test
    void anArrivingContainerIsHeldUntilItsSourceCommits() throws Exception {
        Path file = packed("moved", 77);
        op.result(Methods.CONTAINER_CREATE, new ContainerSpec("plain", "busybox", null, agent.ip(78), null, null, null));
        try (RpcClient g = new RpcClient(agent.port(), granted)) {
            g.hello();
            g.result(Methods.MIGRATION_PRECHECK, new MigrationPrecheckParams("moved", "busybox", agent.ip(77), 0, false));
            Exec put = exec(granted, putCommand("moved", file), file);
            assertEquals(0, put.status(), put.err());
            JsonObject arrived = JsonParser.parseString(put.out()).getAsJsonObject();
            assertEquals("stopped", arrived.get("state").getAsString());
            assertEquals(agent.ip(77), arrived.get("ipAddress").getAsString());

            for (String method : List.of(Methods.CONTAINER_START, Methods.CONTAINER_DESTROY, Methods.CONTAINER_RESTART,
                    Methods.CONTAINER_CHECKPOINT)) {
                JsonObject r = op.call(method, new NameParams("moved"));
                assertEquals(ErrorCodes.CONFLICT, RpcClient.errorCode(r), method + ": " + r);
                assertTrue(r.getAsJsonObject("error").get("message").getAsString().contains("being received by a migration"),
                        r.toString());
            }
            JsonObject set = op.call(Methods.CONTAINER_SET, new SetParams("moved", null, null, true));
            assertEquals(ErrorCodes.CONFLICT, RpcClient.errorCode(set), set.toString());
            assertEquals("stopped", op.result(Methods.CONTAINER_STATUS, new NameParams("moved")).getAsJsonObject()
                    .get("state").getAsString(), "reads go on");
            Exec enter = exec(agent.key(), Protocol.enterCommand("moved"), null);
            assertTrue(enter.err().contains("being received by a migration"), enter.err());

            JsonObject other = g.call(Methods.MIGRATION_START, new NameParams("plain"));
            assertEquals(ErrorCodes.CONFLICT, RpcClient.errorCode(other), "a grant starts only what arrived: " + other);
            assertEquals("running", g.result(Methods.MIGRATION_START, new NameParams("moved")).getAsJsonObject()
                    .get("state").getAsString());
            g.result(Methods.MIGRATION_COMMIT, new NameParams("moved"));
        }
        assertEquals("from the source\n", Files.readString(agent.stateDir.resolve("containers/moved/upper/srv/note")));
        assertEquals("stopped", op.result(Methods.CONTAINER_STOP, new StopParams("moved", 0, true)).getAsJsonObject()
                .get("state").getAsString(), "after the commit it is an ordinary container");
        op.result(Methods.CONTAINER_DESTROY, new NameParams("moved"));
        op.result(Methods.CONTAINER_DESTROY, new NameParams("plain"));
    }

    @Test
    void anArrivalIsRemovedWhenItsSourceGoesAwayBeforeCommitting() throws Exception {
        Path file = packed("orphan", 79);
        try (RpcClient g = new RpcClient(agent.port(), granted)) {
            g.hello();
            g.result(Methods.MIGRATION_PRECHECK, new MigrationPrecheckParams("orphan", "busybox", agent.ip(79), 0, false));
            Exec put = exec(granted, putCommand("orphan", file), file);
            assertEquals(0, put.status(), put.err());
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (Files.exists(agent.stateDir.resolve("containers/orphan")) && System.nanoTime() < deadline) {
            op.call(Methods.CONTAINER_LIST, null);
        }
        assertFalse(Files.exists(agent.stateDir.resolve("containers/orphan")), "discarded when the source's session ended");
        // and no longer held (released right after the removal): the name is free for anyone
        JsonObject created;
        do {
            created = op.call(Methods.CONTAINER_CREATE, new ContainerSpec("orphan", "busybox", null, agent.ip(79), null,
                    null, null));
        } while (created.has("error") && System.nanoTime() < deadline);
        assertFalse(created.has("error"), created.toString());
        op.result(Methods.CONTAINER_DESTROY, new NameParams("orphan"));
    }

    /**
     * What a source packs, made here from a container of this agent that is then destroyed: its
     * record and upper layer (with a file of its own), as container-put expects them.
     */
    private Path packed(String name, int ip) throws Exception {
        op.result(Methods.CONTAINER_CREATE, new ContainerSpec(name, "busybox", null, agent.ip(ip), null, null, null));
        Path cdir = agent.stateDir.resolve("containers").resolve(name);
        Files.createDirectories(cdir.resolve("upper/srv"));
        Files.writeString(cdir.resolve("upper/srv/note"), "from the source\n");
        Path work = Files.createTempDirectory(agent.dir, "pack-");
        String uuid = JsonParser.parseString(Files.readString(cdir.resolve("corral.json"))).getAsJsonObject()
                .get("uuid").getAsString();
        Files.writeString(work.resolve("corral-container.json"), "{\"format\":1,\"container\":\"" + name + "\",\"uuid\":\""
                + uuid + "\",\"template\":\"busybox\",\"created\":\"2026-01-01T00:00:00Z\"}");
        Path file = agent.dir.resolve(name + ".tar");
        run("tar", "--create", "--file", file.toString(), "--numeric-owner", "--xattrs", "--xattrs-include=*",
                "--directory=" + work, "corral-container.json", "--directory=" + cdir, "corral.json", "upper");
        op.result(Methods.CONTAINER_DESTROY, new NameParams(name));
        return file;
    }

    private static String putCommand(String name, Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return Protocol.CONTAINER_PUT_COMMAND + " " + name + " " + bytes.length + " " + sha;
    }

    record Exec(int status, String out, String err) {
    }

    /** An exec channel logged in with {@code key}, {@code stdin} (or nothing) as its input. */
    private Exec exec(KeyPair key, String command, Path stdin) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, a, k) -> true);
        client.start();
        try (ClientSession session = client.connect("root", "127.0.0.1", agent.port()).verify(TIMEOUT).getSession()) {
            session.addPublicKeyIdentity(key);
            session.auth().verify(TIMEOUT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (ChannelExec ch = session.createExecChannel(command)) {
                ch.setOut(out);
                ch.setErr(err);
                ch.open().verify(TIMEOUT);
                try (OutputStream in = ch.getInvertedIn()) {
                    if (stdin != null) {
                        in.write(Files.readAllBytes(stdin));
                    }
                } catch (IOException closedEarly) {
                    // a refusal closes the channel before reading: its reason is on stderr
                }
                ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
                Integer status = ch.getExitStatus();
                return new Exec(status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8));
            }
        } finally {
            client.stop();
        }
    }

    private static void run(String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", argv));
        assertEquals(0, p.exitValue(), output);
    }
}
