package dev.corral.core.internal.ssh;

import java.net.SocketAddress;
import java.security.PublicKey;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * Replaces Apache SSHD's accept-all default: a key passes only when it is pinned in known_hosts
 * for the host the operator named. Unknown keys are refused here and confirmed afterwards on the
 * operation's own thread ({@link SessionOpener}), because this runs on an SSH I/O thread that
 * must not wait for a dialog.
 */
public final class PinningServerKeyVerifier implements ServerKeyVerifier {

    public static final PinningServerKeyVerifier INSTANCE = new PinningServerKeyVerifier();

    private PinningServerKeyVerifier() {
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        HostKeyCheck check = session.getConnectionContext() == null ? null
                : session.getConnectionContext().getAttribute(HostKeyCheck.KEY);
        // A session opened without a check (a programming error) is refused rather than trusted.
        return check != null && check.verify(serverKey);
    }
}
