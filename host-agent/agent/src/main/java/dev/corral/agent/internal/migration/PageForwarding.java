package dev.corral.agent.internal.migration;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.sshd.common.forward.PortForwardingEventListener;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's SSH forwarding policy: the one thing allowed is what a post-copy migration needs, a
 * remote port forwarding ({@code tcpip-forward}) on this host's loopback requested by a session
 * that logged in with a migration grant, through which the destination's CRIU lazy-pages daemon
 * reaches the source's page server. No local (direct-tcpip) forwarding, no agent or X11
 * forwarding, nothing on another address: an open TCP relay on every host would be a hole.
 * Also records which loopback ports are such forwardings, so a restore only ever points CRIU at
 * one of them.
 */
public final class PageForwarding implements ForwardingFilter, PortForwardingEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(PageForwarding.class);

    private final Predicate<Session> migrationSession;
    private final Set<Integer> ports = ConcurrentHashMap.newKeySet();

    /** @param migrationSession true for a session let in by a migration grant */
    PageForwarding(Predicate<Session> migrationSession) {
        this.migrationSession = migrationSession;
    }

    @Override
    public boolean canListen(SshdSocketAddress address, Session session) {
        boolean ok = loopback(address.getHostName()) && migrationSession.test(session);
        if (!ok) {
            LOG.warn("{}: refused a port forwarding on {} (only a migration session, only on loopback)",
                    session.getIoSession().getRemoteAddress(), address);
        }
        return ok;
    }

    @Override
    public boolean canConnect(Type type, SshdSocketAddress address, Session session) {
        return false;
    }

    @Override
    public boolean canForwardAgent(Session session, String requestType) {
        return false;
    }

    @Override
    public boolean canForwardX11(Session session, String requestType) {
        return false;
    }

    @Override
    public void establishedExplicitTunnel(Session session, SshdSocketAddress local, SshdSocketAddress remote,
                                          boolean localForwarding, SshdSocketAddress boundAddress, Throwable reason) {
        if (reason == null && boundAddress != null && loopback(boundAddress.getHostName())) {
            ports.add(boundAddress.getPort());
        }
    }

    @Override
    public void tornDownExplicitTunnel(Session session, SshdSocketAddress address, boolean localForwarding,
                                       SshdSocketAddress remoteAddress, Throwable reason) {
        if (address != null) {
            ports.remove(address.getPort());
        }
    }

    /** A migration session forwards this loopback port here now. */
    boolean forwarded(int port) {
        return ports.contains(port);
    }

    static boolean loopback(String host) {
        // literals only ("" would mean every address, a name could resolve to anything)
        return host != null && (SshdSocketAddress.isIPv4LoopbackAddress(host) || SshdSocketAddress.isIPv6LoopbackAddress(host));
    }
}
