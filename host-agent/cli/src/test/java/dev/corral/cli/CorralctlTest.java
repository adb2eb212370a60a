package dev.corral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.agent.TestAgent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * corralctl against a real agent (in-process, with containers on a throw-away bridge): the
 * commands, their JSON, exit codes and host-key pinning. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorralctlTest {

    private TestAgent agent;
    private Path config;
    private Path knownHosts;

    @BeforeAll
    void start() throws Exception {
        agent = TestAgent.start();
        knownHosts = agent.dir.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + agent.port() + " " + agent.server().hostPublicKey() + "\n");
        config = writeConfig("corralctl.conf", knownHosts);
        assertEquals(0, run("template", "build", "busybox").code);
    }

    @AfterAll
    void stop() {
        if (agent != null) {
            agent.close();
        }
    }

    /** The keys /etc/corral/corralctl.conf holds on an installed host. */
    private Path writeConfig(String file, Path known) throws Exception {
        Path p = agent.dir.resolve(file);
        Files.writeString(p, "host=127.0.0.1\nport=" + agent.port() + "\nuser=root\nidentity=" + agent.identityFile()
                + "\nknown_hosts=" + known + "\n");
        return p;
    }

    private record Result(int code, String out, String err) {
        JsonElement json() {
            return JsonParser.parseString(out);
        }
    }

    private Result run(String... argv) {
        return runWith(config, argv);
    }

    private static Result runWith(Path configFile, String... argv) {
        List<String> args = new ArrayList<>(List.of("--config", configFile.toString()));
        args.addAll(List.of(argv));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result ok(String... argv) {
        Result r = run(argv);
        assertEquals(0, r.code, () -> String.join(" ", argv) + ": " + r.err + r.out);
        return r;
    }

    @Test
    void aContainersLifeThroughTheCommandLine() {
        String ip = agent.ip(50);
        ok("create", "web", "--template", "busybox", "--ip", ip, "--memory", "64M", "--swap", "16M");
        ok("start", "web");
        JsonObject status = ok("--json", "status", "web").json().getAsJsonObject();
        assertEquals("running", status.get("state").getAsString());
        assertEquals(ip, status.get("ipAddress").getAsString());
        assertEquals(64L << 20, status.getAsJsonObject("limits").get("memoryBytes").getAsLong());
        assertEquals(16L << 20, status.getAsJsonObject("limits").get("swapBytes").getAsLong());
        JsonArray list = ok("--json", "list").json().getAsJsonArray();
        assertTrue(list.toString().contains("\"name\":\"web\""), list::toString);
        assertTrue(ok("list").out.lines().anyMatch(l -> l.startsWith("web ") && l.contains("running")));
        JsonArray templates = ok("--json", "template", "list").json().getAsJsonArray();
        assertEquals(1, templates.get(0).getAsJsonObject().get("usedBy").getAsInt(), templates::toString);

        Result exec = run("exec", "web", "--", "sh", "-c", "echo hi; echo oops >&2; exit 7");
        assertEquals(7, exec.code, exec.err);
        assertEquals("hi\n", exec.out);
        assertEquals("oops\n", exec.err);
        JsonObject execJson = run("--json", "exec", "web", "--", "hostname").json().getAsJsonObject();
        assertEquals("web\n", execJson.get("stdout").getAsString());

        ok("set", "web", "--memory", "128M", "--cpus", "0.5");
        JsonObject limits = ok("--json", "status", "web").json().getAsJsonObject().getAsJsonObject("limits");
        assertEquals(128L << 20, limits.get("memoryBytes").getAsLong());
        assertEquals(0.5, limits.get("cpus").getAsDouble());
        ok("set", "web", "--cpus", "unlimited");
        assertTrue(!ok("--json", "status", "web").json().getAsJsonObject().getAsJsonObject("limits").has("cpus"));

        ok("stop", "web", "--timeout", "10");
        assertEquals("stopped", ok("--json", "status", "web").json().getAsJsonObject().get("state").getAsString());
        ok("destroy", "web");
        assertEquals(ExitCodes.NOT_FOUND, run("status", "web").code);
    }

    @Test
    void createWithStartLeavesItRunning() {
        assertTrue(ok("create", "quick", "--template", "busybox", "--start").out.contains("created and started (running)"));
        assertEquals("running", ok("--json", "status", "quick").json().getAsJsonObject().get("state").getAsString());
        assertEquals(ExitCodes.NOT_FOUND, run("create", "x", "--template", "no-such", "--start").code);
        assertEquals(ExitCodes.NOT_FOUND, run("status", "x").code);
        ok("stop", "quick", "--force");
        ok("destroy", "quick");
    }

    @Test
    void resolvingAMigrationIsRefusedWhereNoneWasLeftUnresolved() {
        ok("create", "unres", "--template", "busybox");
        try {
            assertEquals(ExitCodes.USAGE, run("migrate", "unres", "--resolve", "sideways").code);
            assertEquals(ExitCodes.USAGE, run("migrate", "unres", "--resolve", "here", "--to", "127.0.0.1").code);
            assertEquals(ExitCodes.NOT_FOUND, run("migrate", "nobody", "--resolve", "there").code);
            for (String where : List.of("here", "there")) {
                Result r = run("migrate", "unres", "--resolve", where);
                assertEquals(ExitCodes.CONFLICT, r.code, r.err + r.out);
                assertTrue(r.err.contains("no migration of unres waits to be resolved here"), r.err);
            }
            assertEquals("stopped", ok("--json", "status", "unres").json().getAsJsonObject().get("state").getAsString(),
                    "a refused resolve changes nothing");
        } finally {
            run("destroy", "unres");
        }
    }

    @Test
    void exitCodesSayWhatWentWrong() {
        ok("create", "ec", "--template", "busybox");
        try {
            assertEquals(ExitCodes.NOT_FOUND, run("status", "nobody").code);
            assertEquals(ExitCodes.NOT_FOUND, run("start", "nobody").code);
            assertEquals(ExitCodes.NOT_FOUND, run("enter", "nobody").code);
            assertEquals(ExitCodes.NOT_FOUND, run("create", "x", "--template", "no-such").code);
            Result dup = run("create", "ec", "--template", "busybox");
            assertEquals(ExitCodes.CONFLICT, dup.code);
            assertTrue(dup.err.contains("ec"), dup.err);
            assertEquals(ExitCodes.CONFLICT, run("stop", "ec").code);
            assertEquals(ExitCodes.CONFLICT, run("enter", "ec").code);
            assertEquals(ExitCodes.CONFLICT, run("template", "delete", "busybox").code);
            assertEquals(ExitCodes.USAGE, run("create", "x").code);
            assertEquals(ExitCodes.USAGE, run("create", "x", "--template", "busybox", "--ip", "192.0.2.9").code);
            assertEquals(ExitCodes.USAGE, run("create", "x", "--template", "busybox", "--memory", "lots").code);
            assertEquals(ExitCodes.USAGE, run("set", "ec", "--memory", "0").code);
            assertEquals(ExitCodes.USAGE, run("exec", "ec").code);
            assertEquals(ExitCodes.USAGE, run("frobnicate").code);
            assertEquals(1, ok("--json", "list").json().getAsJsonArray().size(), "refused commands created nothing");
        } finally {
            run("destroy", "ec");
        }
    }

    @Test
    void anUnknownHostKeyIsRefusedUntilAccepted() throws Exception {
        Path fresh = agent.dir.resolve("fresh_known_hosts");
        Path conf = writeConfig("fresh.conf", fresh);
        Result refused = runWith(conf, "list");
        assertEquals(ExitCodes.CONNECTION, refused.code);
        assertTrue(refused.err.contains("unknown host key") && refused.err.contains(agent.server().hostKeyFingerprint())
                && refused.err.contains("--accept-new-host-key"), refused.err);
        assertTrue(!Files.exists(fresh) || Files.readString(fresh).isBlank(), "nothing pinned without consent");

        assertEquals(0, runWith(conf, "--accept-new-host-key", "list").code);
        assertTrue(Files.readString(fresh).startsWith("[127.0.0.1]:" + agent.port() + " ssh-ed25519 "));
        assertEquals(0, runWith(conf, "list").code, "pinned from now on");
    }

    @Test
    void aChangedHostKeyIsRefusedNamingBothFingerprints() throws Exception {
        KeyPair other = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        Path wrong = agent.dir.resolve("wrong_known_hosts");
        Files.writeString(wrong, "[127.0.0.1]:" + agent.port() + " " + PublicKeyEntry.toString(other.getPublic()) + "\n");
        Path conf = writeConfig("wrong.conf", wrong);
        for (Result r : List.of(runWith(conf, "list"), runWith(conf, "--accept-new-host-key", "list"))) {
            assertEquals(ExitCodes.CONNECTION, r.code);
            assertTrue(r.err.contains("HOST KEY CHANGED") && r.err.contains(KeyUtils.getFingerPrint(other.getPublic()))
                    && r.err.contains(agent.server().hostKeyFingerprint()), r.err);
        }
    }
}
