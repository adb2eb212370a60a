package dev.corral.core.internal.ssh;

import dev.corral.core.CorralCore;
import dev.corral.core.HostKeyCallback;
import dev.corral.core.StatusCodes;
import dev.corral.core.internal.Messages;
import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.future.WaitableFuture;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * Opens authenticated SSH sessions to agents, with host keys checked against known_hosts. On first
 * contact the connection is refused by the verifier, the operator is asked on the calling (job)
 * thread, and an accepted key is pinned before a second, verified connection is made.
 */
public final class SessionOpener {

    /** Where to connect and as whom; {@code keyFile} null or blank means the console's own key. */
    public record Target(String name, String address, int port, String user, String keyFile) {
    }

    private final SshClient client;
    private final KnownHosts knownHosts;
    private final ClientKeys keys;
    private final Supplier<Duration> timeout;

    /** @param timeout read per attempt, so a changed setting applies to the next connect */
    public SessionOpener(SshClient client, KnownHosts knownHosts, ClientKeys keys, Supplier<Duration> timeout) {
        this.client = client;
        this.knownHosts = knownHosts;
        this.keys = keys;
        this.timeout = timeout;
    }

    /** A started client that trusts only pinned keys and authenticates with public keys only. */
    public static SshClient createClient() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(PinningServerKeyVerifier.INSTANCE);
        // Ignore ~/.ssh/config and ~/.ssh/id_*: the console's hosts and keys are its own.
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        // Without traffic a dead peer behind a silent network would go unnoticed for hours.
        CoreModuleProperties.HEARTBEAT_INTERVAL.set(client, Duration.ofSeconds(10));
        CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(client, 3);
        client.start();
        return client;
    }

    /**
     * @param callback asked about an unknown host key; {@link HostKeyCallback#REJECT} for
     *        non-interactive connects (reconnection)
     * @throws OperationCanceledException when the monitor is cancelled; the attempt is closed
     */
    public ClientSession open(Target target, HostKeyCallback callback, IProgressMonitor monitor)
            throws CoreException {
        KeyPair identity = keys.forHost(target.keyFile());
        HostKeyCheck check = new HostKeyCheck(knownHosts, target.address(), target.port());
        try {
            return attempt(target, identity, check, monitor);
        } catch (CoreException e) {
            if (e.getStatus().getCode() != StatusCodes.HOST_KEY_REJECTED) {
                throw e;
            }
        }
        PublicKey offered = check.getOffered();
        String fingerprint = KeyUtils.getFingerPrint(offered);
        if (!callback.confirmNewKey(check.hostAndPort(), KeyUtils.getKeyType(offered), fingerprint)) {
            throw CorralCore.exception(StatusCodes.HOST_KEY_REJECTED,
                    NLS.bind(Messages.SessionOpener_hostKeyRejected, check.hostAndPort(), fingerprint), null);
        }
        checkCanceled(monitor);
        try {
            knownHosts.pin(target.address(), target.port(), offered);
        } catch (IOException e) {
            throw storageFailure(e);
        }
        // The second attempt verifies against the pinned key: a host that now offers another
        // key gets the CHANGED refusal, not a second question.
        return attempt(target, identity, new HostKeyCheck(knownHosts, target.address(), target.port()), monitor);
    }

    private ClientSession attempt(Target target, KeyPair identity, HostKeyCheck check, IProgressMonitor monitor)
            throws CoreException {
        ClientSession session = null;
        boolean authenticating = false;
        try {
            ConnectFuture connecting = client.connect(target.user(), target.address(), target.port(),
                    AttributeRepository.ofKeyValuePair(HostKeyCheck.KEY, check), null);
            await(connecting, monitor, connecting::cancel);
            session = connecting.verify().getSession();
            session.addPublicKeyIdentity(identity);
            authenticating = true;
            AuthFuture auth = session.auth();
            await(auth, monitor, auth::cancel);
            auth.verify();
            return session;
        } catch (IOException e) {
            close(session);
            throw classify(target, identity, check, authenticating, e);
        } catch (RuntimeException e) { // including OperationCanceledException
            close(session);
            throw e;
        }
    }

    private CoreException classify(Target target, KeyPair identity, HostKeyCheck check, boolean authenticating,
            IOException e) {
        if (check.getFailure() != null) {
            return storageFailure(check.getFailure());
        }
        KnownHosts.Lookup lookup = check.getLookup();
        if (lookup != null && lookup.verdict() == KnownHosts.Verdict.CHANGED) {
            return CorralCore.exception(StatusCodes.HOST_KEY_CHANGED, NLS.bind(Messages.SessionOpener_hostKeyChanged,
                    new Object[] { check.hostAndPort(), KeyUtils.getFingerPrint(lookup.pinned()),
                            KeyUtils.getFingerPrint(check.getOffered()), knownHosts.getFile() }),
                    null);
        }
        if (lookup != null && lookup.verdict() == KnownHosts.Verdict.UNKNOWN) {
            return CorralCore.exception(StatusCodes.HOST_KEY_REJECTED, NLS.bind(Messages.SessionOpener_hostKeyRejected,
                    check.hostAndPort(), KeyUtils.getFingerPrint(check.getOffered())), null);
        }
        if (authenticating && isAuthRefusal(e)) {
            return CorralCore.exception(StatusCodes.AUTH_FAILED,
                    NLS.bind(Messages.SessionOpener_authFailed, new Object[] { target.name(), target.user(),
                            KeyUtils.getFingerPrint(identity.getPublic()), PublicKeyEntry.toString(identity.getPublic()) }),
                    e);
        }
        return CorralCore.exception(StatusCodes.UNREACHABLE, NLS.bind(Messages.SessionOpener_unreachable,
                new Object[] { target.name(), KnownHosts.hostAndPort(target.address(), target.port()), reason(e) }), e);
    }

    private static boolean isAuthRefusal(IOException e) {
        return e instanceof SshException ssh
                && ssh.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE;
    }

    private CoreException storageFailure(IOException e) {
        return CorralCore.exception(StatusCodes.STORAGE,
                NLS.bind(Messages.SessionOpener_knownHostsUnreadable, knownHosts.getFile(), reason(e)), e);
    }

    /** Waits in short steps; a cancelled monitor aborts the SSH future and ends the wait. */
    private void await(WaitableFuture future, IProgressMonitor monitor, Runnable abort) throws IOException {
        Duration limit = timeout.get();
        long deadline = System.nanoTime() + limit.toNanos();
        while (!future.await(100)) {
            if (monitor != null && monitor.isCanceled()) {
                abort.run();
                throw new OperationCanceledException();
            }
            if (System.nanoTime() > deadline) {
                abort.run();
                throw new SshException(NLS.bind(Messages.SessionOpener_timeout, limit.toSeconds()));
            }
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static void close(ClientSession session) {
        if (session != null) {
            session.close(true);
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
