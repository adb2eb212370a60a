package dev.corral.core;

import dev.corral.core.internal.FollowedTasks;
import dev.corral.core.internal.InventoryStore;
import dev.corral.core.internal.Messages;
import dev.corral.core.internal.TaskRecorder;
import dev.corral.core.internal.ssh.ClientKeys;
import dev.corral.core.internal.ssh.KnownHosts;
import dev.corral.core.internal.ssh.SessionOpener;
import dev.corral.core.operations.CorralOperation;
import dev.corral.core.operations.OperationJob;
import dev.corral.model.CorralFactory;
import dev.corral.model.Host;
import dev.corral.model.Inventory;
import dev.corral.model.Task;
import dev.corral.model.TaskLog;
import dev.corral.model.TaskState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The console's fleet: the EMF {@link Inventory} and {@link TaskLog}, the connections to the hosts'
 * agents, and their persistence in a state directory.
 * <p>
 * Threading policy: one lock guards the whole model, the {@link Inventory} object itself
 * ({@link #getModelLock()}). Every mutation, from any thread, runs under it ({@link #modify});
 * EMF notifications are therefore delivered on the mutating thread, with the lock held: listeners
 * must not block or wait for another thread (a UI adapter hops to the display thread with
 * {@code asyncExec}, never {@code syncExec}). Multi-step reads from other threads use {@link #read}.
 */
public final class FleetService {

    private final Path stateDir;
    private final FleetSettings settings = new FleetSettings();
    private final Map<Host, HostConnection> connections = new ConcurrentHashMap<>();
    private final InventoryStore store;
    private final KnownHosts knownHosts;
    private final ClientKeys clientKeys;
    private final FollowedTasks followedTasks = new FollowedTasks();
    private volatile HostKeyCallback hostKeyCallback = HostKeyCallback.REJECT;
    private Inventory inventory;
    private TaskLog taskLog;
    private TaskRecorder tasks;
    private SshClient ssh;
    private SessionOpener opener;
    private SaveJob saveJob;
    private volatile IStatus startFailure;

    /** @param stateDir where fleet.xmi, known_hosts and the console's key live */
    public FleetService(Path stateDir) {
        this.stateDir = stateDir;
        this.store = new InventoryStore(stateDir);
        this.knownHosts = new KnownHosts(stateDir.resolve("known_hosts"));
        this.clientKeys = new ClientKeys(stateDir);
    }

    /** Loads the saved fleet and starts the SSH client. */
    public synchronized void start() throws CoreException {
        if (ssh != null) {
            return;
        }
        if (inventory == null) {
            store.load();
            inventory = store.inventory();
            taskLog = store.taskLog();
            tasks = new TaskRecorder(taskLog, this::modify);
            saveJob = new SaveJob(this);
        }
        if (!SecurityUtils.isEDDSACurveSupported()) {
            // sshd-osgi has no ed25519 of its own: it needs the BouncyCastle bundle wired in.
            // The fleet stays readable; connecting reports this.
            startFailure = CorralCore.error(StatusCodes.GENERIC, Messages.FleetService_noEdDSA, null);
            throw new CoreException(startFailure);
        }
        ssh = SessionOpener.createClient();
        opener = new SessionOpener(ssh, knownHosts, clientKeys, settings::getConnectTimeout);
    }

    /** Disconnects every host, saves, and stops the SSH client. */
    public synchronized void stop() {
        if (ssh == null) {
            return;
        }
        for (HostConnection c : new ArrayList<>(connections.values())) {
            c.disconnect();
        }
        Job.getJobManager().cancel(JobFamilies.RECONNECT);
        saveJob.cancel();
        try {
            save();
        } catch (CoreException e) {
            ILog.of(FleetService.class).log(e.getStatus());
        }
        ssh.stop();
        ssh = null;
        opener = null;
    }

    public Inventory getInventory() {
        return inventory;
    }

    public TaskLog getTaskLog() {
        return taskLog;
    }

    public Path getStateDirectory() {
        return stateDir;
    }

    public FleetSettings getSettings() {
        return settings;
    }

    public KnownHosts getKnownHosts() {
        return knownHosts;
    }

    /** The console's own public key as an authorized_keys line; generates the key on first use. */
    public String getConsolePublicKey() throws CoreException {
        return clientKeys.ownPublicKeyLine();
    }

    public ClientKeys getClientKeys() {
        return clientKeys;
    }

    public HostKeyCallback getHostKeyCallback() {
        return hostKeyCallback;
    }

    /** The UI registers its dialog here; null restores the headless default (reject). */
    public void setHostKeyCallback(HostKeyCallback callback) {
        hostKeyCallback = callback == null ? HostKeyCallback.REJECT : callback;
    }

    /** The one lock of the model (see the class comment). */
    public Object getModelLock() {
        return inventory;
    }

    public void modify(Runnable mutation) {
        synchronized (getModelLock()) {
            mutation.run();
        }
    }

    public <T> T read(Supplier<T> reader) {
        synchronized (getModelLock()) {
            return reader.get();
        }
    }

    public Host findHost(String name) {
        return read(() -> inventory.getHosts().stream().filter(h -> name.equals(h.getName())).findFirst()
                .orElse(null));
    }

    /** Adds a host after validating it (see {@link HostSpec#validate}); does not connect. */
    public Host addHost(HostSpec spec) throws CoreException {
        Host host = CorralFactory.eINSTANCE.createHost();
        host.setName(spec.name().strip());
        host.setAddress(spec.address().strip());
        host.setPort(spec.port());
        host.setUser(spec.user().strip());
        host.setKeyFile(spec.keyFile() == null || spec.keyFile().isBlank() ? null : spec.keyFile().strip());
        host.setLocal(spec.local());
        synchronized (getModelLock()) {
            IStatus status = spec.validate(this);
            if (!status.isOK()) {
                throw new CoreException(status);
            }
            inventory.getHosts().add(host);
        }
        scheduleSave();
        return host;
    }

    /** Disconnects and removes the host; its pinned key stays in known_hosts, as with ssh. */
    public void removeHost(Host host) {
        HostConnection c = connections.remove(host);
        if (c != null) {
            c.disconnect();
        }
        modify(() -> inventory.getHosts().remove(host));
        scheduleSave();
    }

    public HostConnection getConnection(Host host) {
        return connections.computeIfAbsent(host, h -> new HostConnection(this, h));
    }

    public List<Host> getHosts() {
        return read(() -> List.copyOf(inventory.getHosts()));
    }

    /** Runs the operation in a job that records it in the task log; returns the scheduled job. */
    public Job schedule(CorralOperation operation) {
        Job job = new OperationJob(this, operation);
        job.schedule();
        return job;
    }

    public Task beginTask(String title, String hostName) {
        return tasks.begin(title, hostName);
    }

    /** A running task's progress and current message (not saved until it ends). */
    public void progressTask(Task task, int percent, String message) {
        tasks.progress(task, percent, message);
    }

    /** Ties a running record to the agent's task it follows (see {@link Task#getAgentTask()}). */
    public void linkTask(Task task, String agentTask) {
        tasks.link(task, agentTask);
    }

    /** Sets when a followed agent's task began: at the agent, not when this console began following it. */
    public void taskStarted(Task task, long startTime) {
        tasks.started(task, startTime);
    }

    /** Makes an earlier record of an agent's task running again, for the follower re-attached to it. */
    public Task resumeTask(Task task) {
        return tasks.resume(task);
    }

    /**
     * Records an agent's task that ended unfollowed (found when its host connected), with its start
     * and end in epoch milliseconds as the agent tells them (0: not known).
     */
    public Task recordEndedTask(String title, String hostName, String agentTask, TaskState state, String message,
                                long startTime, long endTime) {
        Task task = tasks.ended(title, hostName, agentTask, state, message, startTime, endTime);
        scheduleSave();
        return task;
    }

    /** The newest record of the agent's task {@code agentTask} on the named host, or null. */
    public Task findTask(String hostName, String agentTask) {
        return read(() -> tasks.find(hostName, agentTask));
    }

    /** The agent tasks this console follows now. */
    public FollowedTasks getFollowedTasks() {
        return followedTasks;
    }

    public void endTask(Task task, TaskState state, String message) {
        tasks.end(task, state, message);
        scheduleSave();
    }

    /** {@link #endTask(Task, TaskState, String)} at {@code endTime} (epoch milliseconds), as the agent tells it. */
    public void endTask(Task task, TaskState state, String message, long endTime) {
        tasks.end(task, state, message, endTime);
        scheduleSave();
    }

    /** Saves soon, in the background, coalescing bursts of changes into one write. */
    public void scheduleSave() {
        if (saveJob != null) {
            saveJob.schedule(SaveJob.DELAY_MILLIS);
        }
    }

    /** Saves now, on the calling thread. */
    public void save() throws CoreException {
        store.save(getModelLock());
    }

    /** Registers the seed file's hosts (if absent) and pins their keys without asking. */
    public IStatus applySeed(Path file) throws CoreException {
        IStatus status = Seeder.apply(this, file);
        scheduleSave();
        return status;
    }

    SessionOpener opener() throws CoreException {
        SessionOpener o = opener;
        if (o == null) {
            throw new CoreException(startFailure != null ? startFailure
                    : CorralCore.error(StatusCodes.GENERIC, Messages.FleetService_notStarted, null));
        }
        return o;
    }
}
