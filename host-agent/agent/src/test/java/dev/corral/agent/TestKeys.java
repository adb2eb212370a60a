package dev.corral.agent;

import dev.corral.agent.internal.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/** Client keys for tests and the authorized_keys files that allow them. */
final class TestKeys {

    private TestKeys() {
    }

    static KeyPair ed25519() {
        try {
            return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void authorize(Path file, KeyPair... keys) {
        StringBuilder text = new StringBuilder("# test keys\n");
        for (KeyPair key : keys) {
            text.append(PublicKeyEntry.toString(key.getPublic())).append(" test@corral\n");
        }
        try {
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.US_ASCII), AtomicFiles.PRIVATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
