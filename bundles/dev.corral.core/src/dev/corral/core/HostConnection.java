package dev.corral.core;

import com.google.gson.JsonElement;
import dev.corral.core.client.AgentClient;
import dev.corral.core.client.TaskEvents;
import dev.corral.core.internal.Messages;
import dev.corral.core.internal.ContainerEvents;
import dev.corral.core.internal.ContainerMapper;
import dev.corral.core.internal.ModelMapper;
import dev.corral.core.internal.TaskAttach;
import dev.corral.core.internal.ssh.KnownHosts;
import dev.corral.core.internal.ssh.SessionOpener;
import dev.corral.model.ConnectionState;
import dev.corral.model.Host;
import dev.corral.protocol.HelloResult;
import dev.corral.protocol.HostMetrics;
import dev.corral.protocol.Methods;
import dev.corral.protocol.SubscribeParams;
import dev.corral.protocol.TaskInfo;
import org.apache.sshd.client.session.ClientSession;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The live link to one host's agent: SSH session, RPC client, and the host's connection state in
 * the model. Connect attempts are serialized by the callers' {@link dev.corral.core.operations.HostRule};
 * {@link #disconnect()} may come from any thread and aborts an attempt in progress.
 */
public final class HostConnection {

    private final FleetService fleet;
    private final Host host;
    private final Reconnector reconnector;
    private final TaskEvents taskEvents = new TaskEvents();
    private AgentClient client; // guarded by this
    private ClientSession session; // guarded by this
    private IProgressMonitor attempt; // guarded by this: the running attempt, so disconnect can abort it
    private boolean wanted; // guarded by this: the operator wants this host connected

    HostConnection(FleetService fleet, Host host) {
        this.fleet = fleet;
        this.host = host;
        this.reconnector = new Reconnector(this, fleet.getSettings());
        // for as long as the connection object lives, i.e. the host's (nobody closes this following)
        taskEvents.follow(info -> TaskAttach.noticed(fleet, host, info));
    }

    public Host getHost() {
        return host;
    }

    public synchronized boolean isConnected() {
        return client != null && client.isOpen();
    }

    /** The RPC client while connected, else null. */
    public synchronized AgentClient getClient() {
        return isConnected() ? client : null;
    }

    /** The RPC client; fails with a message naming the host when it is not connected. */
    public AgentClient requireClient() throws CoreException {
        AgentClient c = getClient();
        if (c == null) {
            throw CorralCore.exception(StatusCodes.CONNECTION_LOST,
                    NLS.bind(Messages.HostConnection_notConnected, fleet.read(host::getName)), null);
        }
        return c;
    }

    /** The agent's task progress notifications, across reconnects. */
    public TaskEvents getTaskEvents() {
        return taskEvents;
    }

    /** The SSH session under the RPC client, for channels of their own (shells); null when not connected. */
    public synchronized ClientSession getSession() {
        return isConnected() ? session : null;
    }

    /** One request to the agent, waiting at most {@code timeout}, cancellable through the monitor. */
    public <T> T call(String method, Object params, Class<T> resultType, java.time.Duration timeout,
            IProgressMonitor monitor) throws CoreException {
        return requireClient().call(method, params, resultType, timeout, monitor);
    }

    /**
     * Connects (no-op when connected), asking {@code callback} about an unknown host key.
     *
     * @throws OperationCanceledException when cancelled through the monitor or by {@link #disconnect()}
     */
    public void connect(HostKeyCallback callback, IProgressMonitor monitor) throws CoreException {
        reconnector.cancel();
        connect(callback, monitor, null);
    }

    /** One attempt; {@code status} is the model message while connecting, null for the default. */
    void connect(HostKeyCallback callback, IProgressMonitor monitor, String status) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, 5);
        synchronized (this) {
            if (isConnected()) {
                return;
            }
            wanted = true;
            attempt = sub;
        }
        SessionOpener.Target target = fleet.read(() -> new SessionOpener.Target(host.getName(), host.getAddress(),
                host.getPort(), host.getUser(), host.getKeyFile()));
        String where = KnownHosts.hostAndPort(target.address(), target.port());
        setState(ConnectionState.CONNECTING, status != null ? status : NLS.bind(Messages.HostConnection_connecting, where));
        ClientSession s = null;
        AgentClient c = null;
        try {
            sub.subTask(NLS.bind(Messages.HostConnection_connecting, where));
            s = fleet.opener().open(target, callback, sub.split(1));
            c = AgentClient.open(s, target.name(), fleet.getSettings().getRequestTimeout(), sub.split(1));
            HelloResult hello = c.getHello();
            fleet.modify(() -> ModelMapper.applyHello(host, hello));
            c.onNotification(Methods.EVENT_HOST_METRICS, HostMetrics.class,
                    m -> fleet.modify(() -> ModelMapper.applyMetrics(host, m)));
            ContainerEvents.listen(fleet, host, c);
            c.onNotification(Methods.EVENT_TASK, TaskInfo.class, taskEvents::deliver);
            c.call(Methods.EVENTS_SUBSCRIBE, new SubscribeParams(fleet.getSettings().getMetricsIntervalMillis()),
                    JsonElement.class, fleet.getSettings().getRequestTimeout(), sub.split(1));
            ContainerEvents.list(fleet, host, c, sub.split(1));
            adopt(s, c);
            setState(ConnectionState.CONNECTED, null);
            attachTasks(c, sub.split(1));
        } catch (CoreException | RuntimeException e) {
            close(c, s);
            boolean cancelled = e instanceof OperationCanceledException || sub.isCanceled();
            if (cancelled) {
                setState(ConnectionState.DISCONNECTED, null);
                throw e instanceof OperationCanceledException oce ? oce : new OperationCanceledException();
            }
            setState(ConnectionState.FAILED, e instanceof CoreException ce ? ce.getStatus().getMessage() : e.toString());
            throw e;
        } finally {
            synchronized (this) {
                if (attempt == sub) {
                    attempt = null;
                }
            }
        }
    }

    /**
     * The agent's tasks into the console once connected (a follower needs the connection): a
     * failure here leaves the connection up, the tasks are listed again at the next connect.
     */
    private void attachTasks(AgentClient c, IProgressMonitor monitor) {
        try {
            TaskAttach.attach(fleet, host, c, monitor);
        } catch (CoreException e) {
            ILog.of(HostConnection.class).log(e.getStatus());
        } catch (OperationCanceledException e) {
            // a disconnect meanwhile: nothing to follow
        }
    }

    private void adopt(ClientSession s, AgentClient c) {
        synchronized (this) {
            if (!wanted) {
                // disconnect() ran while we were finishing: honour it
                throw new OperationCanceledException();
            }
            session = s;
            client = c;
        }
        c.addCloseListener(this::closed);
    }

    /** Closes the connection, aborts an attempt in progress and stops reconnecting. */
    public void disconnect() {
        AgentClient c;
        ClientSession s;
        synchronized (this) {
            wanted = false;
            if (attempt != null) {
                attempt.setCanceled(true);
            }
            c = client;
            s = session;
            client = null;
            session = null;
        }
        reconnector.cancel();
        close(c, s);
        setState(ConnectionState.DISCONNECTED, null);
    }

    /** Whether a reconnect is pending or running. */
    public boolean isReconnecting() {
        return reconnector.isActive();
    }

    private void closed(AgentClient c, IStatus reason) {
        ClientSession s;
        synchronized (this) {
            if (client != c) {
                return; // an old client, or we closed it on purpose
            }
            s = session;
            client = null;
            session = null;
            if (!wanted) {
                return;
            }
        }
        close(null, s);
        reconnector.connectionLost(reason);
    }

    /** Whether the operator wants this host connected: it is, or it is being connected or reconnected. */
    public synchronized boolean isWanted() {
        return wanted;
    }

    void setState(ConnectionState state, String message) {
        fleet.modify(() -> {
            host.setState(state);
            host.setMessage(message);
            if (state != ConnectionState.CONNECTED) {
                host.setMetrics(null); // a stale sample would look live
                ContainerMapper.markUnknown(host);
            }
        });
    }

    private static void close(AgentClient c, ClientSession s) {
        if (c != null) {
            c.close();
        }
        if (s != null) {
            s.close(true);
        }
    }
}
