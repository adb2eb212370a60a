package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.internal.SeedFile;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.model.ConnectionState;
import dev.corral.model.Host;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed file registers trusted default hosts whose keys are pinned without asking. */
class SeedTest {

    @TempDir
    static Path agentDir;
    static Path authorizedKeys;
    static AgentProcess agent;

    @BeforeAll
    static void startAgent() throws Exception {
        authorizedKeys = agentDir.resolve("authorized_keys");
        Files.createFile(authorizedKeys);
        agent = AgentProcess.start(agentDir.resolve("state"), authorizedKeys);
    }

    @AfterAll
    static void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void propertiesSeedRegistersATrustedLocalHost(@TempDir Path console, @TempDir Path seedDir) throws Exception {
        Path seed = seedDir.resolve("seed.properties");
        Path relativeKey = seedDir.relativize(agent.stateDir().resolve("ssh_host_ed25519_key.pub"));
        Files.writeString(seed, "name=local\naddress=127.0.0.1\nport=" + agent.port() + "\nhostKeyFile=" + relativeKey
                + "\nlocal=true\n");
        try (TestFleet t = new TestFleet(console)) { // headless: would reject an unknown key
            t.authorizeOn(authorizedKeys);

            IStatus result = t.fleet.applySeed(seed);

            assertTrue(result.isOK(), result::toString);
            Host host = t.fleet.findHost("local");
            assertNotNull(host);
            assertTrue(host.isLocal());
            assertEquals("root", host.getUser());
            IStatus status = ModelWait.join(t.fleet.schedule(new ConnectHostOperation(t.fleet, host))).getResult();
            assertTrue(status.isOK(), status::toString);
            assertEquals(ConnectionState.CONNECTED, t.fleet.read(host::getState));

            // seeding again neither duplicates nor fails
            assertTrue(t.fleet.applySeed(seed).isOK());
            assertEquals(1, t.fleet.getHosts().size());
        }
    }

    @Test
    void jsonSeedWithSeveralHostsAndAnInlineKey(@TempDir Path seedDir) throws Exception {
        Path seed = seedDir.resolve("seed.json");
        Files.writeString(seed, "{\"hosts\": [{\"name\": \"a\", \"address\": \"127.0.0.1\", \"port\": " + agent.port()
                + ", \"hostKey\": \"" + agent.hostKeyLine() + "\", \"local\": true},"
                + " {\"name\": \"b\", \"address\": \"198.18.0.2\", \"user\": \"ops\", \"keyFile\": \"keys/id\"}]}");

        List<SeedFile.SeedHost> hosts = SeedFile.read(seed);

        assertEquals(2, hosts.size());
        assertEquals(agent.port(), hosts.get(0).port());
        assertEquals(agent.hostKeyLine(), hosts.get(0).hostKey());
        assertTrue(hosts.get(0).local());
        assertEquals(2222, hosts.get(1).port());
        assertEquals("ops", hosts.get(1).user());
        assertEquals(seedDir.resolve("keys/id").toString(), hosts.get(1).keyFile());
        assertNull(hosts.get(1).hostKey());
    }

    @Test
    void multiHostPropertiesUsePrefixes(@TempDir Path seedDir) throws Exception {
        Path seed = seedDir.resolve("seed.properties");
        Files.writeString(seed, "hosts=one two\none.address=198.18.0.1\ntwo.address=198.18.0.2\ntwo.port=2200\n");
        List<SeedFile.SeedHost> hosts = SeedFile.read(seed);
        assertEquals(List.of("one", "two"), hosts.stream().map(SeedFile.SeedHost::name).toList());
        assertEquals(2200, hosts.get(1).port());
    }

    @Test
    void theSeedIsFoundFromTheArgumentOrTheProperty() {
        assertEquals(Path.of("/x/seed"), SeedFile.locate(new String[] { "-foo", "-corralSeed", "/x/seed" }));
        String old = System.getProperty(SeedFile.PROPERTY);
        try {
            System.setProperty(SeedFile.PROPERTY, "/y/seed");
            assertEquals(Path.of("/y/seed"), SeedFile.locate(new String[0]));
            System.clearProperty(SeedFile.PROPERTY);
            assertNull(SeedFile.locate(null));
        } finally {
            if (old != null) {
                System.setProperty(SeedFile.PROPERTY, old);
            }
        }
    }
}
