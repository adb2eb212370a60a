package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The destination's migration.commit: idempotent (a source whose answer was lost asks again) and
 * serialized with the discard of the source's ended session, so one container is either kept or
 * removed, never committed and then removed. A received container is simulated by a created one
 * plus its marker in {@code <state>/migrations/}, as a migration's upload leaves it. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationCommitTest {

    @RegisterExtension
    final BusyboxAgent busybox = new BusyboxAgent();
    private TestAgent agent;
    private RpcClient client;

    @BeforeAll
    void start() {
        agent = busybox.agent();
        client = busybox.client();
    }

    private Path marker(String name) {
        return agent.stateDir.resolve("migrations").resolve(name);
    }

    private void arrive(String name) throws Exception {
        client.result(Methods.CONTAINER_CREATE, new ContainerSpec(name, "busybox", null, null, null, null, null));
        Files.createDirectories(marker(name).getParent());
        Files.writeString(marker(name), "");
    }

    private boolean exists(String name) throws Exception {
        JsonObject r = client.call(Methods.CONTAINER_STATUS, new NameParams(name));
        if (r.has("error")) {
            assertEquals(ErrorCodes.NOT_FOUND, RpcClient.errorCode(r), r.toString());
            return false;
        }
        return true;
    }

    @Test
    void aSecondCommitAnswersOkAndADiscardAfterTheCommitKeepsTheContainer() throws Exception {
        arrive("kept");
        client.result(Methods.MIGRATION_COMMIT, new NameParams("kept"));
        assertFalse(Files.exists(marker("kept")), "committed: no longer marked");
        client.result(Methods.MIGRATION_COMMIT, new NameParams("kept"));
        client.result(Methods.MIGRATION_DISCARD, new NameParams("kept"));
        assertTrue(exists("kept"), "a discard after the commit leaves it alone");
        client.result(Methods.MIGRATION_COMMIT, new NameParams("kept"));
    }

    @Test
    void aCommitAfterTheDiscardIsNotFound() throws Exception {
        arrive("dropped");
        client.result(Methods.MIGRATION_DISCARD, new NameParams("dropped"));
        assertFalse(exists("dropped"));
        JsonObject r = client.call(Methods.MIGRATION_COMMIT, new NameParams("dropped"));
        assertEquals(ErrorCodes.NOT_FOUND, RpcClient.errorCode(r), r.toString());
        assertTrue(r.getAsJsonObject("error").get("message").getAsString().contains("discarded"), r.toString());
        r = client.call(Methods.MIGRATION_COMMIT, new NameParams("never-here"));
        assertEquals(ErrorCodes.NOT_FOUND, RpcClient.errorCode(r), r.toString());
    }

    /** Commit and discard sent at once: whichever runs first, the answers agree with what is left. */
    @Test
    void commitAndDiscardAtOnceAgree() throws Exception {
        for (int i = 0; i < 6; i++) {
            String name = "race" + i;
            arrive(name);
            long commit = client.send(Methods.MIGRATION_COMMIT, new NameParams(name));
            long discard = client.send(Methods.MIGRATION_DISCARD, new NameParams(name));
            Map<Long, JsonObject> answers = new HashMap<>();
            for (int n = 0; n < 2; n++) {
                JsonObject m = client.nextResponse();
                answers.put(m.get("id").getAsLong(), m);
            }
            assertFalse(answers.get(discard).has("error"), "a discard always answers OK: " + answers);
            boolean committed = !answers.get(commit).has("error");
            if (!committed) {
                assertEquals(ErrorCodes.NOT_FOUND, RpcClient.errorCode(answers.get(commit)), answers.toString());
            }
            assertEquals(committed, exists(name), name + ": kept exactly when the commit answered OK");
            assertFalse(Files.exists(marker(name)), name + ": no marker left");
        }
    }
}
