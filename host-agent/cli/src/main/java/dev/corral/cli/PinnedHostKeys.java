package dev.corral.cli;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Map;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Verifies the agent's host key against an OpenSSH known_hosts file. Unknown keys are refused
 * unless the user asked to pin new ones; a changed key is always refused, naming both
 * fingerprints. Apache SSHD's default would accept any key.
 */
final class PinnedHostKeys implements ServerKeyVerifier {

    private final Target target;
    private volatile String refusal;

    PinnedHostKeys(Target target) {
        this.target = target;
    }

    /** Why the last key was refused, or null. */
    String refusal() {
        return refusal;
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey offered) {
        String offeredPrint = KeyUtils.getFingerPrint(offered);
        try {
            PublicKey pinned = lookup();
            if (pinned != null) {
                if (KeyUtils.compareKeys(pinned, offered)) {
                    return true;
                }
                refusal = "HOST KEY CHANGED for " + target.knownHostsName() + ": pinned "
                        + KeyUtils.getFingerPrint(pinned) + " but the agent offers " + offeredPrint
                        + ". Refusing to connect; if the change is expected, remove the old entry from "
                        + target.knownHosts();
                return false;
            }
            if (!target.acceptNew()) {
                refusal = "unknown host key for " + target.knownHostsName() + " (" + offeredPrint
                        + "); not in " + target.knownHosts()
                        + ". Check the fingerprint (corral-agent --print-host-key on the host) and rerun"
                        + " with --accept-new-host-key to pin it";
                return false;
            }
            pin(offered);
            return true;
        } catch (IOException | GeneralSecurityException e) {
            refusal = "cannot read " + target.knownHosts() + ": " + e.getMessage();
            return false;
        }
    }

    private PublicKey lookup() throws IOException, GeneralSecurityException {
        if (!Files.isRegularFile(target.knownHosts())) {
            return null;
        }
        for (KnownHostEntry entry : KnownHostEntry.readKnownHostEntries(target.knownHosts())) {
            if (entry.isHostMatch(target.host(), target.port()) && entry.getKeyEntry() != null) {
                return entry.getKeyEntry().resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.IGNORING);
            }
        }
        return null;
    }

    private void pin(PublicKey key) throws IOException {
        Path file = target.knownHosts();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        String line = target.knownHostsName() + " " + PublicKeyEntry.toString(key) + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
