package dev.corral.agent.internal.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts the keys of an OpenSSH authorized_keys file, for any user name. The file is checked on
 * every attempt and reread when it changed, so a key authorized later (a migration's source
 * agent) works without a restart. Options in front of a key are not honoured.
 */
public final class AuthorizedKeys implements PublickeyAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizedKeys.class);

    private final Path file;
    private Snapshot snapshot = Snapshot.EMPTY;

    public AuthorizedKeys(Path file) {
        this.file = file;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        for (PublicKey allowed : keys()) {
            if (KeyUtils.compareKeys(allowed, key)) {
                // Debug: OpenSSH asks about a key before signing with it, so this runs twice a login.
                LOG.debug("{} authenticated as {} with {}", session.getClientAddress(), username,
                        KeyUtils.getFingerPrint(key));
                return true;
            }
        }
        LOG.info("{} refused: key {} for {} is not in {}", session.getClientAddress(),
                KeyUtils.getFingerPrint(key), username, file);
        return false;
    }

    /** Whether the file lists {@code key}, without logging anything (a grant's login asks this). */
    public boolean contains(PublicKey key) {
        return keys().stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
    }

    /** The current keys, reread if the file's identity, size or time changed. */
    synchronized List<PublicKey> keys() {
        Object stamp;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            // fileKey (device, inode) changes on an atomic replace even within one mtime tick.
            stamp = List.of(String.valueOf(attrs.fileKey()), attrs.size(), attrs.lastModifiedTime());
        } catch (NoSuchFileException e) {
            stamp = "absent";
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", file, e.getMessage());
            return snapshot.keys;
        }
        if (!Objects.equals(stamp, snapshot.stamp)) {
            snapshot = new Snapshot(stamp, "absent".equals(stamp) ? List.of() : load());
        }
        return snapshot.keys;
    }

    private List<PublicKey> load() {
        List<PublicKey> keys = new ArrayList<>();
        try {
            for (AuthorizedKeyEntry entry : AuthorizedKeyEntry.readAuthorizedKeys(file)) {
                try {
                    keys.add(entry.resolvePublicKey(null, null, null));
                } catch (Exception e) {
                    LOG.warn("{}: skipping a key of type {}: {}", file, entry.getKeyType(), e.getMessage());
                }
            }
        } catch (IOException | RuntimeException e) {
            // A malformed file locks everybody out; say why rather than guess at a partial read.
            LOG.warn("cannot parse {}: {}", file, e.getMessage());
            return List.of();
        }
        LOG.info("loaded {} authorized key(s) from {}", keys.size(), file);
        return keys;
    }

    private record Snapshot(Object stamp, List<PublicKey> keys) {
        static final Snapshot EMPTY = new Snapshot(null, List.of());
    }
}
