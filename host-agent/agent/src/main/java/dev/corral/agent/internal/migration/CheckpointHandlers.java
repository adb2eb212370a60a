package dev.corral.agent.internal.migration;

import com.google.gson.JsonElement;
import dev.corral.agent.HandlerRegistry;
import dev.corral.agent.Params;
import dev.corral.agent.RpcContext;
import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.CheckpointInfo;
import dev.corral.protocol.CheckpointList;
import dev.corral.protocol.CheckpointParams;
import dev.corral.protocol.CheckpointRef;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.runtime.Checkpoint;
import dev.corral.runtime.CheckpointOptions;
import dev.corral.runtime.ContainerRuntime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * container.checkpoint, container.restore, checkpoint.list, checkpoint.delete. The changing ones run
 * under the container's name lock and check its claim there ({@link Containers#unclaimed}): a
 * migration that took it after the dispatcher's check refuses them, and one cannot take it while
 * they run.
 */
final class CheckpointHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointHandlers.class);

    private final Containers containers;
    private final CheckpointFacts facts;

    CheckpointHandlers(Containers containers, CheckpointFacts facts) {
        this.containers = containers;
        this.facts = facts;
    }

    void registerIn(HandlerRegistry registry) {
        registry.register(Methods.CONTAINER_CHECKPOINT, this::checkpoint)
                .register(Methods.CONTAINER_RESTORE, this::restore)
                .register(Methods.CHECKPOINT_LIST, (c, p) -> {
                    String name = required(Params.decode(p, NameParams.class).name(), "name");
                    ContainerRuntime rt = containers.runtime();
                    return new CheckpointList(Failures.call(() -> rt.checkpoints(name)).stream()
                            .map(CheckpointHandlers::info).toList());
                })
                .register(Methods.CHECKPOINT_DELETE, (c, p) -> {
                    CheckpointRef ref = Params.decode(p, CheckpointRef.class);
                    String name = required(ref.name(), "name");
                    String id = required(ref.checkpointId(), "checkpointId");
                    ContainerRuntime rt = containers.runtime();
                    return containers.unclaimed(name, () -> {
                        Checkpoint gone = Failures.call(() -> rt.checkpointInfo(name, id));
                        Failures.call(() -> {
                            rt.deleteCheckpoint(name, id);
                            return null;
                        });
                        LOG.info("session {}: deleted checkpoint {} of {}", c.sessionId(), id, name);
                        return info(gone);
                    });
                });
    }

    private CheckpointInfo checkpoint(RpcContext context, JsonElement params) throws RpcException {
        CheckpointParams p = Params.decode(params, CheckpointParams.class);
        String name = required(p.name(), "name");
        ContainerRuntime rt = containers.runtime();
        refuseWithoutCriu(facts);
        return containers.unclaimed(name, () -> {
            refuseKnownProblems(rt, name);
            Checkpoint c = Failures.call(
                    () -> rt.checkpoint(name, CheckpointOptions.DEFAULT.withLeaveRunning(p.leaveRunning())));
            containers.refresh(name);
            LOG.info("session {}: checkpoint {} of {} ({} bytes, frozen {} ms)", context.sessionId(), c.id(), name,
                    c.sizeBytes(), c.frozenMillis());
            return info(c);
        });
    }

    private ContainerInfo restore(RpcContext context, JsonElement params) throws RpcException {
        CheckpointRef ref = Params.decode(params, CheckpointRef.class);
        String name = required(ref.name(), "name");
        ContainerRuntime rt = containers.runtime();
        refuseWithoutCriu(facts);
        return containers.unclaimed(name, () -> {
            ContainerInfo info = convert(Failures.call(() -> rt.restore(name, ref.checkpointId())));
            containers.refresh(name);
            LOG.info("session {}: restored {} from {}", context.sessionId(), name,
                    ref.checkpointId() == null ? "its newest checkpoint" : ref.checkpointId());
            return info;
        });
    }

    static void refuseWithoutCriu(CheckpointFacts facts) throws RpcException {
        String problem = facts.problem();
        if (problem != null) {
            throw RpcException.runtimeFailure("checkpoints are not possible on this host: " + problem);
        }
    }

    /** CONFLICT listing what would make CRIU fail (open shells, ptrace, devices). */
    static void refuseKnownProblems(ContainerRuntime rt, String name) throws RpcException {
        List<String> problems = Failures.call(() -> rt.checkpointPrecheck(name));
        if (!problems.isEmpty()) {
            throw RpcException.conflict("container " + name + " cannot be checkpointed now: "
                    + String.join("; ", problems));
        }
    }

    static CheckpointInfo info(Checkpoint c) {
        return new CheckpointInfo(c.id(), c.container(), c.containerUuid(), c.created().toString(), c.sizeBytes(),
                c.includesRootfs(), c.frozenMillis(), c.dumpMillis());
    }

    static ContainerInfo convert(dev.corral.runtime.ContainerInfo i) {
        return dev.corral.agent.internal.containers.Infos.of(i);
    }

    static String required(String value, String what) throws RpcException {
        if (value == null || value.isBlank()) {
            throw RpcException.invalidParams(what + " is required");
        }
        return value;
    }
}
