package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.internal.ssh.KnownHosts;
import dev.corral.core.internal.ssh.KnownHosts.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHostsTest {

    static KeyPair newKey() throws Exception {
        return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
    }

    @Test
    void usesTheOpenSshHostForms() {
        assertEquals("example.org", KnownHosts.hostAndPort("example.org", 22));
        assertEquals("[127.0.0.1]:2222", KnownHosts.hostAndPort("127.0.0.1", 2222));
    }

    @Test
    void pinnedKeyMatchesOtherKeyIsChangedOtherPortIsUnknown(@TempDir Path dir) throws Exception {
        KnownHosts hosts = new KnownHosts(dir.resolve("known_hosts"));
        KeyPair a = newKey();
        KeyPair b = newKey();
        assertEquals(Verdict.UNKNOWN, hosts.lookup("127.0.0.1", 2222, a.getPublic()).verdict());

        hosts.pin("127.0.0.1", 2222, a.getPublic());

        assertEquals(Verdict.MATCH, hosts.lookup("127.0.0.1", 2222, a.getPublic()).verdict());
        KnownHosts.Lookup changed = hosts.lookup("127.0.0.1", 2222, b.getPublic());
        assertEquals(Verdict.CHANGED, changed.verdict());
        assertTrue(KeyUtils.compareKeys(a.getPublic(), changed.pinned()));
        assertEquals(Verdict.UNKNOWN, hosts.lookup("127.0.0.1", 2223, b.getPublic()).verdict());
        assertEquals(Verdict.UNKNOWN, hosts.lookup("127.0.0.2", 2222, a.getPublic()).verdict());
    }

    @Test
    void writesPlainOpenSshLinesAndKeepsForeignOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "# operator's note\nother.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPLtWKbYvTYRBK+DXbJUHgpzJQc6IVWQhIrfUj0f0kLi\n");
        KnownHosts hosts = new KnownHosts(file);
        KeyPair a = newKey();

        hosts.pin("10.0.0.1", 22, a.getPublic());

        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size(), lines::toString);
        assertEquals("# operator's note", lines.get(0));
        KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(lines.get(2));
        assertTrue(entry.isHostMatch("10.0.0.1", 22));
        assertTrue(lines.get(2).startsWith("10.0.0.1 ssh-ed25519 "), lines.get(2));
    }

    @Test
    void replaceLeavesOnlyTheNewKey(@TempDir Path dir) throws Exception {
        KnownHosts hosts = new KnownHosts(dir.resolve("known_hosts"));
        KeyPair a = newKey();
        KeyPair b = newKey();
        hosts.pin("h", 2222, a.getPublic());
        hosts.pin("other", 2222, a.getPublic());

        hosts.replace("h", 2222, b.getPublic());

        assertEquals(Verdict.MATCH, hosts.lookup("h", 2222, b.getPublic()).verdict());
        assertEquals(Verdict.CHANGED, hosts.lookup("h", 2222, a.getPublic()).verdict());
        assertEquals(Verdict.MATCH, hosts.lookup("other", 2222, a.getPublic()).verdict());
    }

    @Test
    void pinnedKeyIsTheOpenSshLineOfTheHostAndPort(@TempDir Path dir) throws Exception {
        KnownHosts known = new KnownHosts(dir.resolve("known_hosts"));
        KeyPair a = newKey();
        assertEquals(null, known.pinnedKey("198.18.0.11", 2222));
        known.pin("198.18.0.11", 2222, a.getPublic());
        assertEquals(org.apache.sshd.common.config.keys.PublicKeyEntry.toString(a.getPublic()),
                known.pinnedKey("198.18.0.11", 2222));
        assertEquals(null, known.pinnedKey("198.18.0.11", 2223));
    }
}
