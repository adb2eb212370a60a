package dev.corral.agent.internal.ssh;

import dev.corral.agent.internal.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Iterator;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The agent's ed25519 host key: generated once into the state directory and kept, because the
 * console pins it. Stored in OpenSSH's own formats so ssh-keygen and the set-up script can read
 * the public half.
 */
public final class HostKey {

    public static final String PRIVATE_FILE = "ssh_host_ed25519_key";
    public static final String PUBLIC_FILE = PRIVATE_FILE + ".pub";

    private final KeyPair keyPair;

    private HostKey(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** Loads the key from the state directory, generating it on first use. */
    public static HostKey loadOrCreate(Path stateDir) throws IOException {
        Path privateFile = stateDir.resolve(PRIVATE_FILE);
        Path publicFile = stateDir.resolve(PUBLIC_FILE);
        try {
            KeyPair pair;
            if (Files.exists(privateFile)) {
                pair = read(privateFile);
            } else {
                pair = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment(), null, out);
                AtomicFiles.write(privateFile, out.toByteArray(), AtomicFiles.PRIVATE);
            }
            HostKey key = new HostKey(pair);
            // Rewritten when missing or stale, so it always matches the private key.
            byte[] line = (key.publicKeyLine() + "\n").getBytes(StandardCharsets.US_ASCII);
            if (!Files.exists(publicFile) || !publicKeyMatches(publicFile, pair.getPublic())) {
                AtomicFiles.write(publicFile, line, AtomicFiles.PUBLIC);
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load or create the host key in " + stateDir + ": " + e.getMessage(), e);
        }
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()),
                    in, null);
            Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
            if (it == null || !it.hasNext()) {
                throw new IOException("no key in " + file);
            }
            return it.next();
        }
    }

    private static boolean publicKeyMatches(Path file, PublicKey expected) {
        try {
            String line = Files.readString(file, StandardCharsets.US_ASCII).strip();
            PublicKey actual = PublicKeyEntry.parsePublicKeyEntry(line).resolvePublicKey(null, null, null);
            return KeyUtils.compareKeys(expected, actual);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String comment() {
        return "corral-agent";
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    /** {@code ssh-ed25519 AAAA… corral-agent}, as in the .pub file and known_hosts. */
    public String publicKeyLine() {
        return PublicKeyEntry.toString(keyPair.getPublic()) + " " + comment();
    }

    /** {@code SHA256:…}, as ssh-keygen -l prints it. */
    public String fingerprint() {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, keyPair.getPublic());
    }
}
