package dev.corral.core.internal.ssh;

import dev.corral.core.CorralCore;
import dev.corral.core.StatusCodes;
import dev.corral.core.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * Client identities: the console's own ed25519 key (made once, kept in the state location in
 * OpenSSH format, so the operator can also use it with plain ssh) or a host's configured key file.
 */
public final class ClientKeys {

    public static final String OWN_KEY_FILE = "id_ed25519";

    private final Path stateDir;
    private KeyPair own;

    public ClientKeys(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** The console's own key pair, generated on first use. */
    public synchronized KeyPair own() throws CoreException {
        if (own == null) {
            Path file = stateDir.resolve(OWN_KEY_FILE);
            own = Files.exists(file) ? load(file) : generate(file);
        }
        return own;
    }

    /** The own public key as an authorized_keys line, for the operator to authorize on hosts. */
    public String ownPublicKeyLine() throws CoreException {
        return PublicKeyEntry.toString(own().getPublic()) + " " + comment();
    }

    /** The key for a host: its configured key file, or the console's own key when none is set. */
    public KeyPair forHost(String keyFile) throws CoreException {
        if (keyFile == null || keyFile.isBlank()) {
            return own();
        }
        return load(Path.of(keyFile));
    }

    /** Loads the first key of an OpenSSH or PEM private key file (no passphrase support yet). */
    public static KeyPair load(Path file) throws CoreException {
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()),
                    in, FilePasswordProvider.EMPTY);
            Iterator<KeyPair> it = keys == null ? null : keys.iterator();
            if (it == null || !it.hasNext()) {
                throw new IOException(Messages.ClientKeys_noKey);
            }
            return it.next();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw CorralCore.exception(StatusCodes.KEY_FILE,
                    NLS.bind(Messages.ClientKeys_unreadable, file, e.getMessage()), e);
        }
    }

    private KeyPair generate(Path file) throws CoreException {
        try {
            KeyPair pair = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
            Files.createDirectories(stateDir);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            createPrivate(tmp);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment(), null, out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(file.resolveSibling(file.getFileName() + ".pub"),
                    PublicKeyEntry.toString(pair.getPublic()) + " " + comment() + "\n", StandardCharsets.UTF_8);
            return pair;
        } catch (IOException | GeneralSecurityException e) {
            throw CorralCore.exception(StatusCodes.STORAGE,
                    NLS.bind(Messages.ClientKeys_cannotCreate, stateDir, e.getMessage()), e);
        }
    }

    /** Created owner-only before any secret is written: OpenSSH refuses group-readable keys. */
    private static void createPrivate(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static String comment() {
        // no host name lookup: it can stall for seconds on a machine with broken DNS
        return "corral-console";
    }
}
