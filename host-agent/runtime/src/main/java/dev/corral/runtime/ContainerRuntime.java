package dev.corral.runtime;

import dev.corral.runtime.internal.Cgroups;
import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Attachment;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.HostNetwork;
import dev.corral.runtime.internal.Ipv4;
import dev.corral.runtime.internal.Layout;
import dev.corral.runtime.internal.LimitCheck;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Names;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.OciSpec;
import dev.corral.runtime.internal.Poll;
import dev.corral.runtime.internal.Procs;
import dev.corral.runtime.internal.Runc;
import dev.corral.runtime.internal.Sysctls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Containers on this host, for one agent. Operations on one container are serialized (a lock per
 * name); creation, destruction and template deletion also take a registry lock so names,
 * addresses and template use stay consistent. Every failure is a {@link RuntimeError}, and a
 * failed operation leaves the host as it found it.
 */
public final class ContainerRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerRuntime.class);

    private final RuntimeConfig config;
    private final Ipv4.Subnet subnet;
    private final Path containersDir;
    private final Runc runc;
    private final Templates templates;
    private final Object registry = new Object();
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** name -> STARTING or STOPPING while that runs under the name's lock: what status shows meanwhile. */
    private final ConcurrentHashMap<String, ContainerState> transitions = new ConcurrentHashMap<>();
    private final LimitCheck.Host host;
    private final List<String> adoptionReport;
    private final HostNetwork hostNet;
    private final ContainerNetwork network;
    /** Steps of an operation that run beside its own thread (a start's network set-up). */
    private final ExecutorService background = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "corral-runtime-background");
        t.setDaemon(true);
        return t;
    });
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
        this.runc = new Runc(config.runcRoot());
        this.templates = new Templates(config.stateDir().toAbsolutePath().resolve("templates"), registry,
                this::templateInUse);
        this.host = LimitCheck.Host.probe();
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

    /** What {@link #open} found: adopted containers, cleaned-up debris. */
    public List<String> adoptionReport() {
        return adoptionReport;
    }

    public ContainerInfo create(ContainerSpec spec) {
        String name = Names.label("container", spec.name());
        Settings.Initial initial = Settings.initial(spec, name);
        String hostname = initial.hostname();
        int ip = Ipv4.parse(spec.ipv4());
        if (!subnet.assignable(ip)) {
            throw RuntimeError.invalid("address " + spec.ipv4() + " is not assignable in " + subnet
                    + " (outside, network, broadcast or the host's " + Ipv4.format(subnet.gateway()) + ")");
        }
        hostNet.checkAddress(ip);
        Limits limits = (spec.limits() == null ? Limits.NONE : spec.limits()).normalized();
        LimitCheck.check(limits, host);
        if (spec.template() == null) {
            throw RuntimeError.invalid("template missing");
        }
        synchronized (registry) {
            TemplateInfo t = templates.show(spec.template());
            if (Files.exists(dir(name))) {
                throw RuntimeError.conflict("container " + name + " exists");
            }
            String ipText = Ipv4.format(ip);
            for (ContainerRecord r : records()) {
                if (ipText.equals(r.ipv4)) {
                    throw RuntimeError.conflict("address " + ipText + " is taken by container " + r.name);
                }
            }
            UUID uuid = UUID.randomUUID();
            ContainerRecord r = new ContainerRecord();
            r.name = name;
            r.uuid = uuid.toString();
            r.template = t.name();
            r.hostname = hostname;
            r.ipv4 = ipText;
            r.mac = ContainerRecord.macFor(uuid);
            r.hostVeth = ContainerRecord.vethFor(uuid);
            r.limits = limits;
            r.onboot = spec.onboot();
            r.sysctls = initial.sysctls();
            r.created = Instant.now().toString();
            Path work = containersDir.resolve("." + name + ".creating-" + uuid);
            boolean ok = false;
            try {
                Layout.prepare(work, t.rootfs(), r);
                r.save(work);
                Files.move(work, dir(name));
                Fs.fsyncDir(containersDir);
                ok = true;
            } catch (IOException e) {
                throw RuntimeError.failure("cannot create container " + name + ": " + e.getMessage(), e);
            } finally {
                if (!ok) {
                    Fs.deleteTree(work);
                }
            }
            LOG.info("created container {} ({}, {})", name, r.template, r.ipv4);
            return info(r);
        }
    }

    public ContainerInfo start(String name) {
        return locked(name, () -> {
            ContainerRecord r = load(name);
            if (running(r)) {
                throw RuntimeError.conflict("container " + name + " is running");
            }
            during(name, ContainerState.STARTING, () -> doStart(r));
            return info(r);
        });
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
            during(name, ContainerState.STOPPING, () -> doStop(r, timeout));
            return info(r);
        });
    }

    public ContainerInfo restart(String name, Duration timeout) {
        return locked(name, () -> {
            ContainerRecord r = load(name);
            if (running(r)) {
                during(name, ContainerState.STOPPING, () -> doStop(r, timeout));
            }
            during(name, ContainerState.STARTING, () -> doStart(r));
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
        ContainerState busy = transitions.get(name);
        if (busy != null) {
            return view(r, busy);
        }
        if (r.initPid > 0 && !running(r)) {
            ReentrantLock lock = lockOf(name);
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
        long pid = runningInit(name);
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
        return runc.execArgv(name, runningInit(name), true, List.of("TERM=" + term), command);
    }

    /**
     * The init of a running container, for entering it. Waits for an operation on it (a process
     * entering during a checkpoint would be dumped with it), but not for a stop: CONFLICT at once.
     */
    private long runningInit(String name) {
        ReentrantLock lock = lockOf(name);
        try {
            while (!lock.tryLock(100, TimeUnit.MILLISECONDS)) {
                if (transitions.get(name) == ContainerState.STOPPING) {
                    load(name);
                    throw RuntimeError.conflict("container " + name + " is stopping");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RuntimeError.failure("interrupted while waiting for container " + name);
        }
        try {
            ContainerRecord r = load(name);
            if (!running(r)) {
                throw RuntimeError.conflict("container " + name + " is not running");
            }
            return r.initPid;
        } finally {
            lock.unlock();
        }
    }

    /** Starts every stopped container marked onboot; returns the names started. */
    public List<String> startOnBoot() {
        List<String> started = new ArrayList<>();
        for (String name : names()) {
            try {
                locked(name, () -> {
                    ContainerRecord r = load(name);
                    if (r.onboot && !running(r)) {
                        during(name, ContainerState.STARTING, () -> doStart(r));
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

    /**
     * Freezes the container and dumps it with CRIU into one file under its {@code checkpoints/}.
     * Afterwards it is stopped, or thawed with {@link CheckpointOptions#leaveRunning()}. When
     * anything fails (CRIU, the disk) it is thawed and keeps running, and no file is left.
     * CONFLICT when it is not running.
     */
    public Checkpoint checkpoint(String name, CheckpointOptions options) {
        refuseWhileLazy(name);
        return checkpoints.checkpoint(name, options);
    }

    private void refuseWhileLazy(String name) {
        if (restorer.lazyPending(name)) {
            throw RuntimeError.conflict("container " + name + " is still paging in its memory after a lazy restore");
        }
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

    /**
     * {@link #restore(String, String)} post-copy: the processes run again before their memory is
     * read back, which {@link LazyPages#LOCAL} then pages in from the checkpoint as they touch it.
     */
    public ContainerInfo restore(String name, String checkpointId, LazyPages lazy) {
        return restorer.restore(name, checkpointId, lazy);
    }

    /** {@link #importCheckpoint} then {@link #restore}. */
    public ContainerInfo restore(Path checkpointFile) {
        Checkpoint c = restorer.importFile(checkpointFile);
        return restorer.restore(c.container(), c.id(), null);
    }

    /**
     * Restores from a checkpoint laid out as a directory, as a migration transfers it (e.g. a
     * {@link LazySource#directory()}), the memory from {@code lazy} (a source's page server, or
     * the directory's own images) or, with null, from the directory. The container is created
     * here from the directory's record if this host lacks it. The directory stays the caller's.
     */
    public ContainerInfo restoreDirectory(Path checkpointDirectory, LazyPages lazy) {
        return restorer.restoreDirectory(checkpointDirectory, lazy);
    }

    /** After a lazy restore: true once all of the container's memory is in (or none was pending). */
    public boolean awaitLazyPages(String name, Duration timeout) {
        return restorer.awaitLazyPages(name, timeout);
    }

    /**
     * The source side of a post-copy migration: freezes and dumps the container but for its
     * memory, which a page server on {@code address:port} then serves to the destination. See
     * {@link LazySource} for how it ends. Options null: keep TCP, leave the root fs out.
     */
    public LazySource startLazyCheckpoint(String name, String address, int port, CheckpointOptions options) {
        refuseWhileLazy(name);
        return checkpoints.startLazy(name, address, port, options);
    }

    /** What would make a checkpoint of the running container fail; empty when none is known. */
    public List<String> checkpointPrecheck(String name) {
        return new Precheck(this).problems(name);
    }

    /** This host's CRIU: version, `criu check`, lazy pages and pre-dump support. */
    public CriuInfo criuInfo() {
        return Precheck.criuInfo();
    }

    String cgroupsPathOf(String name) {
        return cgroupsPath(name);
    }

    List<ContainerRecord> allRecords() {
        return records();
    }

    Object registry() {
        return registry;
    }

    Ipv4.Subnet subnet() {
        return subnet;
    }

    /** The network a restore needs: up, with its address and routes, but nothing gets in yet. */
    void attachNetworkClosed(ContainerRecord r) {
        hostNet.attach(attachment(r), false);
        applyNetSysctls(r);
    }

    /**
     * The container's net.* sysctls into its (new) network namespace before a restore: CRIU treats
     * the namespace as external and restores none of them (IPC and UTS ones come back with the
     * processes). On failure the network is removed again.
     */
    void applyNetSysctls(ContainerRecord r) {
        try {
            Sysctls.applyToNetns(Net.netnsPath(netnsName(r.name)), r.sysctls());
        } catch (RuntimeError e) {
            try {
                hostNet.detach(attachment(r));
            } catch (RuntimeError cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Lets traffic in and announces the address (gratuitous ARP) once the processes are back. */
    void openNetwork(ContainerRecord r) {
        hostNet.open(attachment(r));
    }

    /** INVALID when the address belongs to this host (routed mode: the LAN's own addresses). */
    void checkAddress(int ip) {
        hostNet.checkAddress(ip);
    }

    // ---- internals shared with Adoption ----

    Path dir(String name) {
        return containersDir.resolve(name);
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
        return Cgroups.of(cgroupsPath(r.name));
    }

    private String cgroupsPath(String name) {
        return "/" + config.cgroupParent() + "/" + name;
    }

    boolean running(ContainerRecord r) {
        return r.initPid > 0 && Procs.alive(r.initPid, r.initStartTime);
    }

    List<String> names() {
        try (Stream<Path> s = Files.list(containersDir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(ContainerRecord.FILE)))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw RuntimeError.failure("cannot list " + containersDir + ": " + e.getMessage(), e);
        }
    }

    private List<ContainerRecord> records() {
        List<ContainerRecord> out = new ArrayList<>();
        for (String n : names()) {
            out.add(ContainerRecord.load(dir(n)));
        }
        return out;
    }

    private boolean templateInUse(String template) {
        return records().stream().anyMatch(r -> template.equals(r.template));
    }

    ContainerRecord load(String name) {
        Names.label("container", name);
        Path d = dir(name);
        if (!Files.isRegularFile(d.resolve(ContainerRecord.FILE))) {
            throw RuntimeError.notFound("no container " + name);
        }
        return ContainerRecord.load(d);
    }

    <T> T locked(String name, Supplier<T> body) {
        ReentrantLock lock = lockOf(name);
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock lockOf(String name) {
        return locks.computeIfAbsent(name, n -> new ReentrantLock());
    }

    /** Runs a start or stop, holding the name's lock, with status showing {@code state} meanwhile. */
    private void during(String name, ContainerState state, Runnable body) {
        transitions.put(name, state);
        try {
            body.run();
        } finally {
            transitions.remove(name, state);
        }
    }

    private void doStart(ContainerRecord r) {
        if (!templates.exists(r.template)) {
            throw RuntimeError.failure("template " + r.template + " of container " + r.name + " is gone");
        }
        LimitCheck.check(r.limits(), host);
        cleanupRuntime(r);
        Path d = dir(r.name);
        Path bundle = d.resolve("bundle");
        String ns = netnsName(r.name);
        try {
            // Network and root file system do not depend on each other: the network (ip
            // processes, the larger part) is set up on another thread meanwhile.
            Future<?> net = background.submit(() -> hostNet.attach(attachment(r), true));
            RuntimeException failed = null;
            try {
                Mounts.mountOverlay(templates.rootfs(r.template), d.resolve("upper"), d.resolve("work"),
                        d.resolve("rootfs"));
                Fs.mkdirs(bundle);
                String spec = OciSpec.build(new OciSpec.Params(d.resolve("rootfs").toString(), r.hostname,
                        Net.netnsPath(ns).toString(), cgroupsPath(r.name), r.limits(), Cgroups.unified(),
                        r.sysctls()));
                // Written anew at every start, and runc reads it at once: nothing to make durable.
                Fs.writeUnsynced(bundle.resolve("config.json"), spec);
            } catch (RuntimeException e) {
                failed = e;
            }
            // Also after a failure: the clean-up must not run while the network is half made.
            RuntimeException netFailed = join(net);
            if (failed != null || netFailed != null) {
                if (failed != null && netFailed != null) {
                    failed.addSuppressed(netFailed);
                }
                throw failed != null ? failed : netFailed;
            }
            long pid = runc.runDetached(r.name, bundle);
            r.initPid = pid;
            r.initStartTime = Procs.startTime(pid);
            r.save(d);
            LOG.info("started container {} (init pid {})", r.name, pid);
        } catch (RuntimeException e) {
            r.initPid = 0;
            r.initStartTime = 0;
            try {
                cleanupRuntime(r);
            } catch (RuntimeException cleanup) {
                // report the cause, not the clean-up's consequence of it
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private void doStop(ContainerRecord r, Duration timeout) {
        String signal = templates.exists(r.template) ? templates.show(r.template).stopSignal() : "PWR";
        Procs.signal(r.initPid, signal);
        long pid = r.initPid;
        long start = r.initStartTime;
        if (!Poll.until(timeout, () -> !Procs.alive(pid, start))) {
            LOG.warn("container {} did not stop within {}: killing", r.name, timeout);
            Procs.signal(pid, "KILL");
            if (!Poll.until(Duration.ofSeconds(10), () -> !Procs.alive(pid, start))) {
                throw RuntimeError.failure("init of " + r.name + " (pid " + pid + ") survives SIGKILL");
            }
        }
        cleanupRuntime(r);
        r.initPid = 0;
        r.initStartTime = 0;
        r.save(dir(r.name));
        LOG.info("stopped container {}", r.name);
    }

    /** Waits for background work however long it takes (even when interrupted); its failure or null. */
    private static RuntimeException join(Future<?> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause() instanceof RuntimeException re ? re
                            : RuntimeError.failure(String.valueOf(e.getCause()), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Removes everything a (not running) container holds on the host: runc state, cgroup, net, mount. */
    void cleanupRuntime(ContainerRecord r) {
        runc.deleteForce(r.name);
        Cgroups cg = cgroups(r);
        if (cg.exists()) {
            Poll.until(Duration.ofSeconds(5), () -> {
                cg.removeDirs();
                return !cg.exists();
            });
        }
        hostNet.detach(attachment(r));
        Mounts.unmount(dir(r.name).resolve("rootfs"));
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
