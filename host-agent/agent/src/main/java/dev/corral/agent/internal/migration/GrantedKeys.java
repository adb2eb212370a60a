package dev.corral.agent.internal.migration;

import dev.corral.agent.internal.ssh.AuthorizedKeys;
import dev.corral.agent.internal.ssh.GrantScope;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authorized_keys file plus short-lived grants: a migration's orchestrator lets the source
 * agent's key in for that migration only ({@code migration.authorize}), and revokes it after.
 * Grants live in memory: an agent restart ends them. A grant lets its key call only what a
 * migration source needs ({@link GrantScope}).
 */
final class GrantedKeys implements PublickeyAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(GrantedKeys.class);

    private final PublickeyAuthenticator file;
    private final Map<PublicKey, Instant> grants = new ConcurrentHashMap<>();

    GrantedKeys(PublickeyAuthenticator file) {
        this.file = file;
    }

    void grant(PublicKey key, Instant until) {
        grants.keySet().removeIf(k -> KeyUtils.compareKeys(k, key));
        grants.put(key, until);
        LOG.info("granted {} until {}", KeyUtils.getFingerPrint(key), until);
    }

    void revoke(PublicKey key) {
        if (grants.keySet().removeIf(k -> KeyUtils.compareKeys(k, key))) {
            LOG.info("revoked {}", KeyUtils.getFingerPrint(key));
        }
    }

    /**
     * A session let in by a grant alone is marked so ({@link GrantScope}): it may call a migration
     * source's methods only. A granted key that is also in authorized_keys keeps its full rights.
     */
    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        Instant now = Instant.now();
        grants.values().removeIf(until -> until.isBefore(now));
        for (PublicKey k : grants.keySet()) {
            if (KeyUtils.compareKeys(k, key)) {
                LOG.debug("{} authenticated with granted key {}", session.getClientAddress(), KeyUtils.getFingerPrint(key));
                // Asked quietly: the file's own check logs every key it does not list as refused.
                boolean inFile = file instanceof AuthorizedKeys a ? a.contains(key) : file.authenticate(username, key, session);
                GrantScope.mark(session, !inFile);
                return true;
            }
        }
        boolean ok = file.authenticate(username, key, session);
        if (ok) {
            GrantScope.mark(session, false);
        }
        return ok;
    }
}
