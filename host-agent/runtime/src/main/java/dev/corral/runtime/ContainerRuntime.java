package dev.corral.runtime;

import dev.corral.runtime.internal.Cgroups;
import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Attachment;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.HostNetwork;
import dev.corral.runtime.internal.Ipv4;
import dev.corral.runtime.internal.LimitCheck;
import dev.corral.runtime.internal.Names;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Runc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Containers on this host, for one agent. Operations on one container are serialized (a lock per
 * name); creation, destruction and template deletion also take a registry lock so names,
 * addresses and template use stay consistent. Every failure is a {@link RuntimeError}, and a
 * failed operation leaves the host as it found it. What only live migrations and transfers use is
 * in the views {@link #network()} and {@link #migrations()}.
 */
public final class ContainerRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerRuntime.class);

    private final RuntimeConfig config;
    private final Ipv4.Subnet subnet;
    private final Path containersDir;
    private final Runc runc;
    private final Templates templates;
    private final Object registry = new Object();
    private final RecordStore store;
    private final Lifecycle lifecycle;
    private final Creation creation;
    private final LimitCheck.Host host;
    private final List<String> adoptionReport;
    private final HostNetwork hostNet;
    private final ContainerNetwork network;
    private final Settings settings;

    private ContainerRuntime(RuntimeConfig config) {
        this.config = config;
        Names.label("agent id", config.agentId());
        if (config.agentId().length() > 20) {
            throw RuntimeError.invalid("agent id longer than 20 characters: " + config.agentId());
        }
        if (config.networkMode() == NetworkMode.BRIDGED
                && (config.bridge() == null || !config.bridge().matches("[A-Za-z0-9_-]{1,15}"))) {
            throw RuntimeError.invalid("bridge must be an interface name of at most 15 characters: " + config.bridge());
        }
        if (config.networkMode() == NetworkMode.ROUTED
                && (config.lanInterface() == null || !config.lanInterface().matches("[A-Za-z0-9_.-]{1,15}"))) {
            throw RuntimeError.invalid("routed mode needs the LAN interface's name (at most 15 characters): "
                    + config.lanInterface());
        }
        this.subnet = Ipv4.parseSubnet(config.subnet());
        // Network first: a host that cannot give containers a network (no such LAN interface)
        // is refused before anything is written.
        this.hostNet = HostNetwork.create(config, subnet);
        hostNet.prepareHost();
        this.containersDir = config.stateDir().toAbsolutePath().resolve("containers");
        Fs.mkdirs(containersDir);
        this.store = new RecordStore(containersDir);
        this.runc = new Runc(config.runcRoot());
        this.templates = new Templates(config.stateDir().toAbsolutePath().resolve("templates"), registry,
                this::templateInUse);
        this.host = LimitCheck.Host.probe();
        this.lifecycle = new Lifecycle(this, hostNet, host);
        this.creation = new Creation(this, store, lifecycle, host);
        this.network = new ContainerNetwork(this, hostNet);
        this.settings = new Settings(this, host);
        this.adoptionReport = Adoption.run(this);
        adoptionReport.addAll(checkpoints.recoverInterrupted());
    }

    /** Opens the state directory, sets up the host's network side and adopts running containers. */
    public static ContainerRuntime open(RuntimeConfig config) {
        return new ContainerRuntime(config);
    }

    public RuntimeConfig config() {
        return config;
    }

    public Templates templates() {
        return templates;
    }

    /** Moving a container's network identity between hosts (live migration). */
    public ContainerNetwork network() {
        return network;
    }

    /** Checkpoints that hold the container frozen, directory restores and stopped exports: what migrations use. */
    public Migrations migrations() {
        return migrations;
    }

    /** What {@link #open} found: adopted containers, cleaned-up debris. */
    public List<String> adoptionReport() {
        return adoptionReport;
    }

    public ContainerInfo create(ContainerSpec spec) {
        return creation.create(spec);
    }

    public ContainerInfo start(String name) {
        return locked(name, () -> {
            ContainerRecord r = load(name);
            if (running(r)) {
                throw RuntimeError.conflict("container " + name + " is running");
            }
            store.during(name, ContainerState.STARTING, () -> lifecycle.start(r));
            return info(r);
        });
    }

    /**
     * {@link #create} then {@link #start}, all or nothing: when the start fails the new container
     * is destroyed again and the start's error thrown. One call for what a client does at once:
     * one round trip, and the start's network is made while the create writes (see {@link Creation}).
     */
    public ContainerInfo createAndStart(ContainerSpec spec) {
        return creation.createAndStart(spec);
    }

    /**
     * Asks init to shut down (the template's stop signal), waits up to {@code timeout}, then
     * SIGKILLs. CONFLICT when the container is not running.
     */
    public ContainerInfo stop(String name, Duration timeout) {
        return locked(name, () -> {
            ContainerRecord r = load(name);
            if (!running(r)) {
                throw RuntimeError.conflict("container " + name + " is not running");
            }
            store.during(name, ContainerState.STOPPING, () -> lifecycle.stop(r, timeout));
            return info(r);
        });
    }

    public ContainerInfo restart(String name, Duration timeout) {
        return locked(name, () -> {
            ContainerRecord r = load(name);
            if (running(r)) {
                store.during(name, ContainerState.STOPPING, () -> lifecycle.stop(r, timeout));
            }
            store.during(name, ContainerState.STARTING, () -> lifecycle.start(r));
            return info(r);
        });
    }

    /** Removes a stopped container and its upper layer. CONFLICT while it runs. */
    public void destroy(String name) {
        synchronized (registry) {
            locked(name, () -> {
                ContainerRecord r = load(name);
                if (running(r)) {
                    throw RuntimeError.conflict("container " + name + " is running: stop it first");
                }
                cleanupRuntime(r);
                Path doomed = containersDir.resolve("." + name + ".destroying-" + r.uuid);
                try {
                    Files.move(dir(name), doomed);
                } catch (IOException e) {
                    throw RuntimeError.failure("cannot destroy " + name + ": " + e.getMessage(), e);
                }
                Fs.deleteTree(doomed);
                LOG.info("destroyed container {}", name);
                return null;
            });
        }
    }

    public List<ContainerInfo> list() {
        List<ContainerInfo> out = new ArrayList<>();
        for (String name : names()) {
            try {
                out.add(status(name));
            } catch (RuntimeError e) {
                if (e.kind() != RuntimeError.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return out;
    }

    /**
     * Current state, read from the record and the init's liveness without waiting for an
     * operation on the container: during a start or a stop (which may take its whole timeout) it
     * is STARTING or STOPPING. A container whose init has exited on its own is cleaned up here,
     * unless an operation holds it.
     */
    public ContainerInfo status(String name) {
        ContainerRecord r = load(name);
        ContainerState busy = store.transition(name);
        if (busy != null) {
            return view(r, busy);
        }
        if (r.initPid > 0 && !running(r)) {
            ReentrantLock lock = store.lockOf(name);
            if (lock.tryLock()) {
                try {
                    return info(load(name));
                } finally {
                    lock.unlock();
                }
            }
            return view(r, ContainerState.STOPPED);
        }
        return view(r, running(r) ? ContainerState.RUNNING : ContainerState.STOPPED);
    }

    /** Changes limits (live when running). Null fields stay, {@link Limits#UNLIMITED} removes. */
    public ContainerInfo setLimits(String name, Limits change) {
        return update(name, ContainerUpdate.limits(change));
    }

    /**
     * Changes limits, sysctls and onboot together (live when running, kept for the next start,
     * one atomic write of the record). Everything is checked before anything changes; when the
     * kernel refuses a live change, what was already changed is put back. Sysctls must be
     * namespaced (net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*, kernel.hostname,
     * kernel.domainname), else INVALID; {@code kernel.hostname} changes the hostname.
     */
    public ContainerInfo update(String name, ContainerUpdate change) {
        return settings.update(name, change);
    }

    public Usage usage(String name) {
        return locked(name, () -> {
            ContainerRecord r = load(name);
            if (!running(r)) {
                throw RuntimeError.conflict("container " + name + " is not running");
            }
            Cgroups cg = cgroups(r);
            // The host side of the veth sees the container's traffic mirrored: its rx is our tx.
            long[] host = Net.counters(r.hostVeth);
            return new Usage(cg.cpuNanos(), cg.memoryBytes(), cg.memoryLimit(), cg.pids(), host[1], host[0]);
        });
    }

    /**
     * Runs a command in the container: all its namespaces (time included), its cgroups and its
     * capabilities, via runc exec. stdin is /dev/null.
     */
    public ExecResult exec(String name, List<String> command, Duration timeout) {
        return exec(name, command, null, timeout);
    }

    /**
     * {@link #exec(String, List, Duration)} with {@code stdin} (null: /dev/null) fed to the
     * command, then closed. CONFLICT at once while the container is stopping.
     */
    public ExecResult exec(String name, List<String> command, byte[] stdin, Duration timeout) {
        if (command == null || command.isEmpty()) {
            throw RuntimeError.invalid("empty command");
        }
        long pid = store.runningInit(name);
        // Not under the container's lock: a long command must not block stop or status.
        Cmd.Result res = Cmd.run(runc.execArgv(name, pid, command), stdin, timeout);
        return new ExecResult(res.exitCode(), res.stdout(), res.stderr(), res.timedOut());
    }

    /**
     * The host command line of an interactive session: {@code command} in the running container,
     * entered as {@link #exec} enters, with {@code TERM} set, on a terminal of the container's own
     * devpts. Run it on a pseudo-terminal (runc relays the window size and signals to it).
     * CONFLICT when the container is not running or is stopping; INVALID for a bad term.
     */
    public List<String> interactiveArgv(String name, List<String> command, String term) {
        if (command == null || command.isEmpty() || command.stream().anyMatch(a -> a == null)) {
            throw RuntimeError.invalid("empty command");
        }
        if (term == null || !term.matches("[A-Za-z0-9._+-]{1,64}")) {
            throw RuntimeError.invalid("not a terminal type: " + term);
        }
        return runc.execArgv(name, store.runningInit(name), true, List.of("TERM=" + term), command);
    }

    /** Starts every stopped container marked onboot; returns the names started. */
    public List<String> startOnBoot() {
        List<String> started = new ArrayList<>();
        for (String name : names()) {
            try {
                locked(name, () -> {
                    ContainerRecord r = load(name);
                    if (r.onboot && !running(r)) {
                        store.during(name, ContainerState.STARTING, () -> lifecycle.start(r));
                        started.add(name);
                    }
                    return null;
                });
            } catch (RuntimeError e) {
                LOG.warn("onboot start of {} failed: {}", name, e.getMessage());
            }
        }
        return started;
    }

    // ---- checkpoint / restore (CRIU): Checkpoints, Restorer, Precheck ----

    private final Checkpoints checkpoints = new Checkpoints(this);
    private final Restorer restorer = new Restorer(this, checkpoints);
    private final Migrations migrations = new Migrations(this, checkpoints, restorer);

    /**
     * Freezes the container and dumps it with CRIU into one file under its {@code checkpoints/}.
     * Afterwards it is stopped, or thawed with {@link CheckpointOptions#leaveRunning()}. When
     * anything fails (CRIU, the disk) it is thawed and keeps running, and no file is left.
     * CONFLICT when it is not running.
     */
    public Checkpoint checkpoint(String name, CheckpointOptions options) {
        restorer.refuseWhileLazy(name);
        return checkpoints.checkpoint(name, options);
    }

    /** The container's checkpoints, oldest first. */
    public List<Checkpoint> checkpoints(String name) {
        return checkpoints.list(name);
    }

    public Checkpoint checkpointInfo(String name, String checkpointId) {
        return checkpoints.get(name, checkpointId);
    }

    public void deleteCheckpoint(String name, String checkpointId) {
        checkpoints.delete(name, checkpointId);
    }

    /**
     * Takes a checkpoint file (e.g. made on another host) into its container's checkpoints; a
     * container this host does not have is created, stopped, with the file's name, uuid, MAC and
     * address. The same template must be here.
     */
    public Checkpoint importCheckpoint(Path file) {
        return restorer.importFile(file);
    }

    /**
     * Restores a stopped container from one of its checkpoints ({@code checkpointId} null = the
     * newest): same address, MAC, limits, processes and TCP connections. A failed restore leaves the
     * container stopped and the checkpoint intact. CONFLICT when it runs.
     */
    public ContainerInfo restore(String name, String checkpointId) {
        return restorer.restore(name, checkpointId, null);
    }

    /** {@link #importCheckpoint} then {@link #restore}. */
    public ContainerInfo restore(Path checkpointFile) {
        Checkpoint c = restorer.importFile(checkpointFile);
        return restorer.restore(c.container(), c.id(), null);
    }

    /** What would make a checkpoint of the running container fail; empty when none is known. */
    public List<String> checkpointPrecheck(String name) {
        return new Precheck(this).problems(name);
    }

    /** This host's CRIU: version, `criu check`, lazy pages and pre-dump support. */
    public CriuInfo criuInfo() {
        return Precheck.criuInfo();
    }

    List<ContainerRecord> allRecords() {
        return store.records();
    }

    Object registry() {
        return registry;
    }

    Ipv4.Subnet subnet() {
        return subnet;
    }

    // ---- internals shared with Adoption ----

    Path dir(String name) {
        return store.dir(name);
    }

    Path containersDir() {
        return containersDir;
    }

    Runc runc() {
        return runc;
    }

    String netnsName(String name) {
        return "corral-" + config.agentId() + "-" + name;
    }

    Attachment attachment(ContainerRecord r) {
        return new Attachment(netnsName(r.name), r.hostVeth, r.mac, r.ipv4);
    }

    Cgroups cgroups(ContainerRecord r) {
        return Cgroups.of(cgroupsPathOf(r.name));
    }

    String cgroupsPathOf(String name) {
        return "/" + config.cgroupParent() + "/" + name;
    }

    boolean running(ContainerRecord r) {
        return RecordStore.running(r);
    }

    List<String> names() {
        return store.names();
    }

    private boolean templateInUse(String template) {
        return store.records().stream().anyMatch(r -> template.equals(r.template));
    }

    ContainerRecord load(String name) {
        return store.load(name);
    }

    <T> T locked(String name, Supplier<T> body) {
        return store.locked(name, body);
    }

    /** Removes everything a (not running) container holds on the host: runc state, cgroup, net, mount. */
    void cleanupRuntime(ContainerRecord r) {
        lifecycle.cleanup(r);
    }

    ContainerInfo info(ContainerRecord r) {
        boolean up = running(r);
        if (!up && r.initPid > 0) {
            // init exited without us (poweroff inside, OOM, crash): release what it held
            LOG.info("container {} stopped on its own: cleaning up", r.name);
            cleanupRuntime(r);
            r.initPid = 0;
            r.initStartTime = 0;
            r.save(dir(r.name));
        }
        return view(r, up ? ContainerState.RUNNING : ContainerState.STOPPED);
    }

    /** The record as seen in {@code state}, without touching anything. */
    private static ContainerInfo view(ContainerRecord r, ContainerState state) {
        return new ContainerInfo(r.name, r.uuid, r.template, r.hostname, r.ipv4, r.mac, state,
                state == ContainerState.STOPPED ? 0 : r.initPid, r.limits(), r.onboot, r.hostVeth, r.sysctls());
    }
}
