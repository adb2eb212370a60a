package dev.corral.core.internal.ssh;

import java.io.IOException;
import java.security.PublicKey;
import org.apache.sshd.common.AttributeRepository.AttributeKey;

/**
 * One connection attempt's view of the server key: which host and port the operator asked for
 * (not the resolved socket address, so known_hosts uses the name the operator typed) and what the
 * verifier decided. Travels to the verifier as a connection-context attribute.
 */
public final class HostKeyCheck {

    static final AttributeKey<HostKeyCheck> KEY = new AttributeKey<>();

    private final KnownHosts knownHosts;
    private final String host;
    private final int port;
    private volatile PublicKey offered;
    private volatile KnownHosts.Lookup lookup;
    private volatile IOException failure;

    public HostKeyCheck(KnownHosts knownHosts, String host, int port) {
        this.knownHosts = knownHosts;
        this.host = host;
        this.port = port;
    }

    /** Called by the verifier on an SSH I/O thread; never blocks on the operator. */
    boolean verify(PublicKey key) {
        offered = key;
        try {
            lookup = knownHosts.lookup(host, port, key);
            return lookup.verdict() == KnownHosts.Verdict.MATCH;
        } catch (IOException e) {
            failure = e;
            return false;
        }
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String hostAndPort() {
        return KnownHosts.hostAndPort(host, port);
    }

    /** The key the server offered, or null when key exchange did not get that far. */
    public PublicKey getOffered() {
        return offered;
    }

    /** The verdict, or null when key exchange did not get that far. */
    public KnownHosts.Lookup getLookup() {
        return lookup;
    }

    /** Reading known_hosts failed during verification. */
    public IOException getFailure() {
        return failure;
    }
}
