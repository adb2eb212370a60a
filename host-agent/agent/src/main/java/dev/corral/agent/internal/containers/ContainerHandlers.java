package dev.corral.agent.internal.containers;

import com.google.gson.JsonElement;
import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerList;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.ContainerStates;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.ResolveMigrationParams;
import dev.corral.protocol.SetParams;
import dev.corral.protocol.StopParams;
import dev.corral.runtime.ContainerRuntime;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * container.* except exec: each decodes and checks its params before touching the runtime (bad
 * input changes nothing), runs the runtime operation under the container's name lock and
 * reports the outcome to the {@link StateWatch}, which tells subscribers.
 */
public final class ContainerHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerHandlers.class);
    static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_STOP_TIMEOUT_SECONDS = 3600;

    private final Containers containers;
    private final StateWatch watch;
    /** Address choice and creation are one step, or two creates could pick the same address. */
    private final Object createLock = new Object();

    public ContainerHandlers(Containers containers) {
        this.containers = containers;
        this.watch = containers.watch();
    }

    public void registerIn(HandlerRegistry registry) {
        registry.register(Methods.CONTAINER_CREATE, this::create)
                .register(Methods.CONTAINER_START, (c, p) -> {
                    String n = name(p);
                    return operate(c, "start", ContainerStates.STARTING, n, rt -> rt.start(n), false);
                })
                .register(Methods.CONTAINER_STOP, this::stop)
                .register(Methods.CONTAINER_RESTART, this::restart)
                .register(Methods.CONTAINER_DESTROY, this::destroy)
                .register(Methods.CONTAINER_STATUS, (c, p) -> status(name(p)))
                .register(Methods.CONTAINER_LIST, (c, p) -> list())
                .register(Methods.CONTAINER_SET, this::set)
                .register(Methods.CONTAINER_EXEC, new ExecHandler(containers))
                .register(Methods.CONTAINER_RESOLVE_MIGRATION, this::resolveMigration);
    }

    private ContainerInfo create(RpcContext context, JsonElement params) throws RpcException {
        ContainerSpec s = Params.decode(params, ContainerSpec.class);
        String name = required(s.name(), "name");
        String template = required(s.template(), "template");
        dev.corral.runtime.Limits limits = LimitsMapping.forCreate(s.limits());
        ContainerRuntime rt = containers.runtime();
        synchronized (createLock) {
            String ip = s.ipAddress() != null ? s.ipAddress()
                    : containers.addresses().pick(watch.known().stream().map(ContainerInfo::ipAddress).toList());
            dev.corral.runtime.ContainerSpec spec = new dev.corral.runtime.ContainerSpec(name, template,
                    s.hostname(), ip, limits, Boolean.TRUE.equals(s.onboot()), s.sysctls());
            if (Boolean.TRUE.equals(s.start())) {
                // Under the create lock to the end, as the address is only known taken once the
                // container is: concurrent creates wait for this start (tens of milliseconds).
                return operate(context, "create+start", ContainerStates.STARTING, name,
                        r -> r.createAndStart(spec), false);
            }
            return operate(context, "create", null, name, r -> r.create(spec), false);
        }
    }

    private ContainerInfo stop(RpcContext context, JsonElement params) throws RpcException {
        StopParams p = Params.decode(params, StopParams.class);
        Duration timeout = stopTimeout(p);
        return operate(context, "stop", ContainerStates.STOPPING, required(p.name(), "name"),
                rt -> rt.stop(p.name(), timeout), false);
    }

    /** Always announced: the state is the same before and after, the init is not. */
    private ContainerInfo restart(RpcContext context, JsonElement params) throws RpcException {
        StopParams p = Params.decode(params, StopParams.class);
        Duration timeout = stopTimeout(p);
        return operate(context, "restart", ContainerStates.STOPPING, required(p.name(), "name"),
                rt -> rt.restart(p.name(), timeout), true);
    }

    /** Answers the container as it was, in state "destroyed". */
    private ContainerInfo destroy(RpcContext context, JsonElement params) throws RpcException {
        String name = name(params);
        ContainerRuntime rt = containers.runtime();
        return containers.unclaimed(name, () -> {
            ContainerInfo last = Convert.info(Errors.call(() -> rt.status(name)));
            Errors.call(() -> {
                rt.destroy(name);
                return null;
            });
            LOG.info("session {}: destroy {}", context.sessionId(), name);
            watch.destroyed(name);
            return new ContainerInfo(last.name(), last.uuid(), last.template(), last.hostname(), last.ipAddress(),
                    last.macAddress(), ContainerStates.DESTROYED, last.limits(), last.onboot(), last.sysctls(), 0);
        });
    }

    /**
     * A migration left unresolved by this agent's crash during its commit: runs here (thawed) or
     * there (destroyed here, answered in state "destroyed"). Refused while a migration holds it.
     */
    private ContainerInfo resolveMigration(RpcContext context, JsonElement params) throws RpcException {
        ResolveMigrationParams p = Params.decode(params, ResolveMigrationParams.class);
        String name = required(p.name(), "name");
        if (p.runsHere() == null) {
            throw RpcException.invalidParams("runsHere is required: true (it does not run on the destination) or"
                    + " false (it runs there)");
        }
        boolean here = p.runsHere();
        ContainerRuntime rt = containers.runtime();
        return containers.resolving(name, () -> {
            ContainerInfo info = Convert.info(Errors.call(() -> rt.migrations().resolveMigration(name, here)));
            LOG.info("session {}: migration of {} resolved: {}", context.sessionId(), name,
                    here ? "runs here" : "runs on the destination, destroyed here");
            if (here) {
                watch.changed(info);
                return info;
            }
            watch.destroyed(name);
            return new ContainerInfo(info.name(), info.uuid(), info.template(), info.hostname(), info.ipAddress(),
                    info.macAddress(), ContainerStates.DESTROYED, info.limits(), info.onboot(), info.sysctls(), 0);
        });
    }

    /**
     * Answers at once, even while a start or stop holds the container (a stop may take its whole
     * timeout): the runtime's status does not wait and says starting or stopping meanwhile.
     */
    private ContainerInfo status(String name) throws RpcException {
        ContainerRuntime rt = containers.runtime();
        java.util.Optional<ContainerInfo> free = watch.ifFree(name, () -> {
            ContainerInfo info = Convert.info(Errors.call(() -> rt.status(name)));
            watch.observe(info);
            return info;
        });
        if (free.isPresent()) {
            return free.get();
        }
        // held: the runtime's reading, in the holding operation's state where it names one, as list shows it
        ContainerInfo now = Convert.info(Errors.call(() -> rt.status(name)));
        String busy = watch.transitional(name);
        return busy == null ? now : StateWatch.withState(now, busy);
    }

    /** Answers at once, even while a container is stopping: see {@link StateWatch#current}. */
    private ContainerList list() throws RpcException {
        return new ContainerList(watch.current(containers.runtime()));
    }

    private ContainerInfo set(RpcContext context, JsonElement params) throws RpcException {
        SetParams p = Params.decode(params, SetParams.class);
        String name = required(p.name(), "name");
        if (p.limits() == null && p.onboot() == null && (p.sysctls() == null || p.sysctls().isEmpty())) {
            throw RpcException.invalidParams("nothing to change: give limits, sysctls or onboot");
        }
        ContainerRuntime rt = containers.runtime();
        return containers.unclaimed(name, () -> {
            dev.corral.runtime.ContainerInfo current = Errors.call(() -> rt.status(name));
            dev.corral.runtime.Limits change = p.limits() == null ? null
                    : LimitsMapping.forUpdate(p.limits(), current.limits());
            ContainerInfo info = Convert.info(Errors.call(() -> rt.update(name,
                    new dev.corral.runtime.ContainerUpdate(change, p.sysctls(), p.onboot()))));
            LOG.info("session {}: set {} limits {} sysctls {} onboot {}", context.sessionId(), name, p.limits(),
                    p.sysctls(), p.onboot());
            watch.changed(info);
            return info;
        });
    }

    /**
     * @param verb for the log; null for reads
     * @param transitional the state list shows meanwhile, or null
     * @param announce tell subscribers even when the state did not change
     */
    private ContainerInfo operate(RpcContext context, String verb, String transitional, String name,
                                  Function<ContainerRuntime, dev.corral.runtime.ContainerInfo> op, boolean announce)
            throws RpcException {
        ContainerRuntime rt = containers.runtime();
        // Checks the claim again under the name's lock: a migration that took it since the dispatcher's check.
        return containers.unclaimed(name, transitional, () -> {
            ContainerInfo info = Convert.info(Errors.call(() -> op.apply(rt)));
            if (verb != null) {
                LOG.info("session {}: {} {} -> {}", context.sessionId(), verb, name, info.state());
            }
            if (announce) {
                watch.changed(info);
            } else {
                watch.observe(info);
            }
            return info;
        });
    }

    static Duration stopTimeout(StopParams p) throws RpcException {
        if (p.force()) {
            return Duration.ZERO;
        }
        if (p.timeoutSeconds() < 0 || p.timeoutSeconds() > MAX_STOP_TIMEOUT_SECONDS) {
            throw RpcException.invalidParams("timeoutSeconds must be 0 (the default, "
                    + DEFAULT_STOP_TIMEOUT.toSeconds() + " s) to " + MAX_STOP_TIMEOUT_SECONDS);
        }
        return p.timeoutSeconds() == 0 ? DEFAULT_STOP_TIMEOUT : Duration.ofSeconds(p.timeoutSeconds());
    }

    private static String name(JsonElement params) throws RpcException {
        return required(Params.decode(params, NameParams.class).name(), "name");
    }

    static String required(String value, String what) throws RpcException {
        if (value == null || value.isBlank()) {
            throw RpcException.invalidParams(what + " is required");
        }
        return value;
    }
}
