package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.protocol.PostCopyProtocol;
import dev.corral.runtime.ContainerRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live migration's upper layer, copied while the container runs and then, while it is frozen,
 * only what changed since: GNU tar's incremental archives. The first copy (level 0) records every
 * directory's entries and the copy's start in a snapshot file here; the frozen one dumps what has a
 * ctime or mtime since then (ctime cannot be set back by the container's processes) and every
 * directory's entries, so the destination's tar also removes what vanished. Whiteouts (0:0
 * devices), opaque directories' xattrs, ACLs and hard links travel as in a full copy; sparse
 * files keep their holes. A restart migration uses it too, the stopped container's delta then
 * going alone ({@link #sendStopped}).
 */
final class UpperDelta implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UpperDelta.class);

    private final Path upper;
    private final Path snapshot;

    private UpperDelta(Path upper, Path snapshot) {
        this.upper = upper;
        this.snapshot = snapshot;
    }

    private static Path upperOf(ContainerRuntime rt, String name) {
        return rt.config().stateDir().resolve("containers").resolve(name).resolve("upper");
    }

    /** Bytes in container {@code name}'s upper layer (0 when it has none or it cannot be read). */
    static long size(ContainerRuntime rt, String name) {
        Path upper = upperOf(rt, name);
        try {
            return Files.isDirectory(upper, LinkOption.NOFOLLOW_LINKS) ? DirectoryUpload.size(upper) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Sends container {@code name}'s upper layer as it is now ({@code postcopy-put NAME upper}),
     * while it runs; the snapshot file goes in the agent's {@code outgoing/} (emptied at its start).
     *
     * @return what the frozen transfer continues from (close it), or null when there is no layer
     */
    static UpperDelta preCopy(ContainerRuntime rt, PeerClient peer, String name, Task task, int fromPercent, int toPercent)
            throws IOException, RpcException {
        Path upper = upperOf(rt, name);
        if (!Files.isDirectory(upper, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path dir = rt.config().stateDir().resolve(RestartMigration.OUTGOING);
        Files.createDirectories(dir);
        UpperDelta d = new UpperDelta(upper, dir.resolve("upper-" + UUID.randomUUID() + ".snar"));
        try {
            long size = DirectoryUpload.size(upper);
            task.phase("precheck", fromPercent, "copying the upper layer while " + name + " runs (" + size + " bytes)");
            long t0 = System.nanoTime();
            long[] sent = DirectoryUpload.send(peer, PostCopyProtocol.PUT_COMMAND + " " + name + " upper", List.of(d.argv()), true,
                    n -> task.progress(Math.min(n, size), size, fromPercent, toPercent), task::cancelRequested, null);
            LOG.info("migration of {}: upper layer copied while it runs, {} bytes in {} ms", name, sent[0], Task.millisSince(t0));
            return d;
        } catch (IOException | RpcException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** Whether the dump's layer ({@code upperLayer}, null for none) is the one copied. */
    boolean covers(Path upperLayer) {
        return upper.equals(upperLayer);
    }

    /**
     * While frozen: the checkpoint {@code dir} and the layer's changes since the copy, as one stream
     * ({@code postcopy-put NAME delta}); the task says how many bytes each took.
     */
    void sendFrozen(PeerClient peer, String name, Path dir, Task task, String phase, int fromPercent, int toPercent,
                    TestHooks hooks) throws IOException, RpcException {
        long size = DirectoryUpload.size(dir);
        task.phase(phase, fromPercent, "sending the rest of the checkpoint (" + size + " bytes) and what changed in the"
                + " upper layer since its copy");
        long[] sent = DirectoryUpload.send(peer, PostCopyProtocol.PUT_COMMAND + " " + name + " delta",
                List.of(PostCopyPut.packArgv(dir, null), argv()), false, n -> task.progress(Math.min(n, size), size, fromPercent, toPercent),
                task::cancelRequested, hooks);
        LOG.info("migration of {}: sent frozen the checkpoint ({} bytes) and the upper layer's delta ({} bytes)",
                name, sent[0], sent[1]);
        task.phase(phase, toPercent, "sent the checkpoint (" + sent[0] + " bytes) and the upper layer's changes ("
                + sent[1] + " bytes)");
    }

    /**
     * Stopped (a restart migration): only the layer's changes since the copy
     * ({@code postcopy-put NAME layer}); the task says how many bytes they took.
     */
    long sendStopped(PeerClient peer, String name, Task task, String phase, int fromPercent, int toPercent,
                     TestHooks hooks) throws IOException, RpcException {
        task.phase(phase, fromPercent, "sending what changed in the upper layer of " + name + " since its copy");
        long[] sent = DirectoryUpload.send(peer, PostCopyProtocol.PUT_COMMAND + " " + name + " layer", List.of(argv()), false,
                n -> task.progress(n, 0, fromPercent, toPercent), task::cancelRequested, hooks);
        LOG.info("restart migration of {}: sent stopped the upper layer's delta ({} bytes)", name, sent[0]);
        task.phase(phase, toPercent, "sent the upper layer's changes (" + sent[0] + " bytes)");
        return sent[0];
    }

    /**
     * tar writing the whole layer (the first call) or what changed since the previous one; holes
     * in sparse files (disk images, databases) travel as holes and land as holes.
     */
    private List<String> argv() {
        List<String> argv = new java.util.ArrayList<>(PostCopyPut.upperArgv(upper, snapshot));
        argv.add(1, "--sparse");
        return argv;
    }

    /** Removes every entry of {@code dir} but {@code keep} (what an earlier upload left there). */
    static void clearBeside(Path dir, String keep) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (!p.getFileName().toString().equals(keep)) {
                    Incoming.deleteTree(p);
                }
            }
        }
    }

    @Override
    public void close() {
        Incoming.deleteQuietly(snapshot);
    }
}
