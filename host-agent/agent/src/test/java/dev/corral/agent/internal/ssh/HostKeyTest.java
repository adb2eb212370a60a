package dev.corral.agent.internal.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostKeyTest {

    @TempDir
    Path dir;

    @Test
    void keyIsCreatedOnceAndKept() throws Exception {
        HostKey first = HostKey.loadOrCreate(dir);
        HostKey second = HostKey.loadOrCreate(dir);
        assertEquals(first.fingerprint(), second.fingerprint());
        assertTrue(first.fingerprint().startsWith("SHA256:"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(HostKey.PRIVATE_FILE))));
        assertEquals(first.publicKeyLine() + "\n",
                Files.readString(dir.resolve(HostKey.PUBLIC_FILE), StandardCharsets.US_ASCII));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void aLostOrWrongPublicFileIsRewrittenFromThePrivateKey() throws Exception {
        HostKey key = HostKey.loadOrCreate(dir);
        Files.writeString(dir.resolve(HostKey.PUBLIC_FILE), "garbage\n");
        assertEquals(key.fingerprint(), HostKey.loadOrCreate(dir).fingerprint());
        assertEquals(key.publicKeyLine() + "\n", Files.readString(dir.resolve(HostKey.PUBLIC_FILE)));
        Files.delete(dir.resolve(HostKey.PUBLIC_FILE));
        HostKey.loadOrCreate(dir);
        assertTrue(Files.exists(dir.resolve(HostKey.PUBLIC_FILE)));
    }

    @Test
    void opensshReadsBothFilesAndAgreesOnTheFingerprint() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-keygen")), "openssh-client (ssh-keygen) is not installed");
        HostKey key = HostKey.loadOrCreate(dir);
        String listed = run("ssh-keygen", "-l", "-f", dir.resolve(HostKey.PUBLIC_FILE).toString());
        assertTrue(listed.contains(key.fingerprint()) && listed.contains("ED25519"), listed);
        String derived = run("ssh-keygen", "-y", "-f", dir.resolve(HostKey.PRIVATE_FILE).toString());
        assertTrue(key.publicKeyLine().startsWith(derived.strip().split(" ")[0] + " " + derived.strip().split(" ")[1]),
                derived);
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "ssh-keygen finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
