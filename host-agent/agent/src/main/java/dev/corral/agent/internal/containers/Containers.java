package dev.corral.agent.internal.containers;

import dev.corral.agent.AgentConfig;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.NamedThreads;
import dev.corral.agent.internal.handlers.Subscribers;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.NetworkMode;
import dev.corral.runtime.RuntimeConfig;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's container runtime and what the agent adds to it: state events, address choice.
 * When the runtime cannot be opened the agent still serves (hello, facts), and every container
 * request fails with the reason, which the console can show.
 */
public final class Containers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Containers.class);
    /** How often containers are re-read for changes nobody asked for, while someone listens. */
    static final long POLL_MILLIS = 2000;

    private final ContainerRuntime runtime;
    private final String unavailable;
    private final StateWatch watch;
    private final AddressPool addresses;
    private final Claims claims = new Claims();
    private final ScheduledExecutorService poller =
            Executors.newSingleThreadScheduledExecutor(new NamedThreads("corral-watch"));

    private Containers(ContainerRuntime runtime, String unavailable, Subscribers subscribers, AddressPool addresses) {
        this.runtime = runtime;
        this.unavailable = unavailable;
        this.watch = new StateWatch(subscribers);
        this.addresses = addresses;
    }

    /** Opens the runtime, which adopts running containers untouched; never throws. */
    public static Containers open(AgentConfig config, Subscribers subscribers) {
        if (!config.containersEnabled()) {
            return new Containers(null, "this agent runs without containers (no bridge configured)", subscribers, null);
        }
        try {
            String id = AgentId.loadOrCreate(config.stateDir());
            RuntimeConfig rc = config.networkMode() == NetworkMode.ROUTED
                    ? RuntimeConfig.routed(config.stateDir(), id, config.lanInterface(), config.subnet())
                    : RuntimeConfig.of(config.stateDir(), id, config.bridge(), config.subnet());
            ContainerRuntime rt = ContainerRuntime.open(rc);
            LOG.info("containers: agent id {}, network {} ({}), subnet {}, runc root {}, cgroup parent {}", id,
                    rc.networkMode(), rc.networkMode() == NetworkMode.ROUTED ? "LAN " + rc.lanInterface()
                            : "bridge " + rc.bridge(), rc.subnet(), rc.runcRoot(), rc.cgroupParent());
            for (String line : rt.adoptionReport()) {
                LOG.info("adoption: {}", line);
            }
            // Routed containers share the LAN with machines this agent does not know: it cannot pick
            // a free address there, the caller must give one.
            AddressPool pool = rc.networkMode() == NetworkMode.ROUTED
                    ? AddressPool.refusing("routed networking: give ipAddress, an unused address of the LAN "
                            + rc.subnet())
                    : AddressPool.of(config.subnet());
            Containers c = new Containers(rt, null, subscribers, pool);
            c.watch.seed(rt.list().stream().map(Convert::info).toList());
            return c;
        } catch (RuntimeError | IOException e) {
            LOG.error("containers unavailable: {}", e.getMessage());
            return new Containers(null, "containers are unavailable on this host: " + e.getMessage(), subscribers,
                    null);
        }
    }

    /**
     * Starts the onboot containers (once per host boot, see {@link #startOnBoot}) and the poll.
     * Runs on {@code pool} so the agent serves meanwhile.
     */
    public void startBackground(Executor pool) {
        if (runtime == null) {
            return;
        }
        pool.execute(this::startOnBoot);
        poller.scheduleWithFixedDelay(() -> watch.poll(runtime), POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * onboot means "when the host boots", as with vzctl: an agent restart must leave a container
     * the operator stopped alone. A marker on /run (tmpfs, empty after a reboot, beside runc's
     * state) tells the first start since boot from later ones.
     */
    private void startOnBoot() {
        Path marker = onbootMarker();
        try {
            if (Files.exists(marker)) {
                LOG.info("onboot: already done since this host booted");
                return;
            }
            List<String> started = runtime.startOnBoot();
            Files.createDirectories(marker.getParent());
            Files.createFile(marker);
            LOG.info("onboot: started {}", started.isEmpty() ? "nothing" : String.join(", ", started));
            for (String name : started) {
                watch.locked(name, null, () -> {
                    watch.observe(Convert.info(runtime.status(name)));
                    return null;
                });
            }
        } catch (IOException | RpcException | RuntimeException e) {
            LOG.error("onboot: {}", e.toString());
        }
    }

    public boolean available() {
        return runtime != null;
    }

    /** The runtime, or RUNTIME_FAILURE saying why there is none. */
    public ContainerRuntime runtime() throws RpcException {
        if (runtime == null) {
            throw RpcException.runtimeFailure(unavailable);
        }
        return runtime;
    }

    /**
     * A container came, changed or went by other code than the container handlers (a restore,
     * a migration arriving or leaving): list and the subscribers learn of it now, not when
     * something next reads it. Failures are logged; the next reading catches up.
     */
    public void refresh(String name) {
        if (runtime == null) {
            return;
        }
        try {
            watch.locked(name, null, () -> {
                watch.refresh(runtime, name);
                return null;
            });
        } catch (RpcException | RuntimeException e) {
            LOG.warn("cannot re-read container {}: {}", name, e.toString());
        }
    }

    /** Containers a migration holds: changing calls on them are refused meanwhile. */
    public Claims claims() {
        return claims;
    }

    /**
     * Takes {@code name} for a migration once no changing operation runs on it (they check the
     * claim under the same lock, see {@link #unclaimed}), so none of them can slip in after the
     * claim. CONFLICT while an exec or shell session is open in it ({@link #openSession}): a
     * dump would not take such a process along.
     */
    public boolean claimWhenFree(String name, String why) throws RpcException {
        return watch.locked(name, null, () -> {
            refuseIfUnresolved(name);
            return claims.claimUnused(name, why);
        });
    }

    /** A changing operation on one container, run under its name's lock. */
    public interface Operation<T> {
        T run() throws RpcException;
    }

    /**
     * Runs a changing operation on {@code name} under its name's lock, CONFLICT naming the
     * holder when a migration holds it. The dispatcher checked before; this checks again where a
     * migration's claim ({@link #claimWhenFree}) cannot come between the check and the operation.
     */
    public <T> T unclaimed(String name, Operation<T> op) throws RpcException {
        return unclaimed(name, null, op);
    }

    /** {@link #unclaimed(String, Operation)}, shown in {@code transitional} state meanwhile. */
    <T> T unclaimed(String name, String transitional, Operation<T> op) throws RpcException {
        return watch.locked(name, transitional, () -> {
            claims.refuseIfHeld(name);
            refuseIfUnresolved(name);
            return op.run();
        });
    }

    /**
     * Runs the resolution of a migration left unresolved ({@link #refuseIfUnresolved}) under the
     * name's lock: the one operation such a container takes. CONFLICT while a migration holds it.
     */
    <T> T resolving(String name, Operation<T> op) throws RpcException {
        return watch.locked(name, null, () -> {
            claims.refuseIfHeld(name);
            return op.run();
        });
    }

    private boolean unresolved(String name) {
        try {
            return runtime.migrations().migrationUnresolved(name);
        } catch (dev.corral.runtime.RuntimeError e) {
            // a bad name: the operation itself answers it
            return false;
        }
    }

    /**
     * CONFLICT when {@code name} was left frozen by a migration whose outcome is unknown (its
     * agent stopped while the destination was asked to commit): it may run on the destination,
     * so it must neither run nor change here until an operator resolves it.
     */
    public void refuseIfUnresolved(String name) throws RpcException {
        if (runtime != null && unresolved(name)) {
            throw RpcException.conflict("container " + name + " was left frozen by a migration whose outcome is unknown"
                    + " (it may run on the destination): look there, then corralctl migrate " + name
                    + " --resolve here|there");
        }
    }

    /**
     * Opens an exec or shell session in {@code name}: refused (CONFLICT) when a migration holds it.
     * Not under the name's lock (an exec must not wait for a stop, nor hold one up): the check and
     * the count are one step with a migration's claim ({@link Claims#openSession}), so until the
     * session is closed a migration cannot claim the container instead.
     */
    public Claims.Session openSession(String name) throws RpcException {
        refuseIfUnresolved(name);
        return claims.openSession(name);
    }

    StateWatch watch() {
        return watch;
    }

    AddressPool addresses() {
        return addresses;
    }

    /** Per-session metrics sampling; null when there are no containers to sample. */
    public ContainerSampler sampler() {
        return runtime == null ? null : new ContainerSampler(runtime, watch);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private Path onbootMarker() {
        return runtime.config().runcRoot().toAbsolutePath().getParent().resolve("onboot-done");
    }

    /**
     * Stops the poll; containers keep running. An agent that has no containers leaves nothing on
     * /run (short-lived agents, like test hosts, would otherwise pile up directories there): with
     * nothing to start, the onboot marker means nothing, and runc's state directory is empty.
     */
    @Override
    public void close() {
        poller.shutdownNow();
        if (runtime != null && watch.known().isEmpty()) {
            Path marker = onbootMarker();
            try {
                Files.deleteIfExists(marker);
                for (Path dir : List.of(runtime.config().runcRoot(), marker.getParent())) {
                    if (isEmptyDirectory(dir)) {
                        Files.delete(dir);
                    }
                }
            } catch (IOException e) {
                LOG.debug("cannot tidy {}: {}", marker.getParent(), e.toString());
            }
        }
    }
}
