package dev.corral.agent.internal.migration;

import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.JsonRpc;
import dev.corral.runtime.Checkpoint;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code checkpoint-put NAME SIZE SHA256 [migration]}: takes exactly SIZE bytes from stdin into an
 * upload file, checks them, imports the checkpoint. With {@code migration}, a container this host
 * did not have stays marked as a migration's until {@code migration.restore} succeeds, so any
 * failure (or a crash) before that removes it again.
 */
final class CheckpointPut extends IncomingPut {

    private final long size;
    private final String sha256;
    private final boolean migration;

    CheckpointPut(Containers containers, Incoming incoming, String name, long size, String sha256, boolean migration) {
        super(containers, incoming, name);
        this.size = size;
        this.sha256 = sha256;
        this.migration = migration;
    }

    @Override
    protected void run() throws Refused, IOException {
        ContainerRuntime rt = runtime();
        upload = incoming.newUpload();
        Upload.receive(in, upload, size, sha256);
        boolean existed = exists(rt);
        if (migration && !existed) {
            markHere();
        }
        Checkpoint c;
        try {
            c = rt.importCheckpoint(upload);
        } catch (RuntimeError e) {
            throw new Refused(e.getMessage());
        }
        if (!c.container().equals(name)) {
            // The file names another container than the client said: keep nothing of it.
            try {
                rt.deleteCheckpoint(c.container(), c.id());
            } catch (RuntimeError ignored) {
                // best effort; the refusal below is what matters
            }
            throw new Refused("the checkpoint is of container " + c.container() + ", not " + name);
        }
        Incoming.deleteQuietly(upload);
        out.write((JsonRpc.gson().toJson(CheckpointHandlers.info(c)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
