package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.JsonRpc;
import dev.corral.runtime.Checkpoint;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code checkpoint-put NAME SIZE SHA256 [migration]}: takes exactly SIZE bytes from stdin into an
 * upload file, checks them, imports the checkpoint. With {@code migration}, a container this host
 * did not have stays marked as a migration's until {@code migration.restore} succeeds, so any
 * failure (or a crash) before that removes it again.
 */
final class CheckpointPut extends StreamCommand {

    private final Containers containers;
    private final Incoming incoming;
    private final String name;
    private final long size;
    private final String sha256;
    private final boolean migration;
    private Path upload;
    private boolean markedHere;

    CheckpointPut(Containers containers, Incoming incoming, String name, long size, String sha256, boolean migration) {
        this.containers = containers;
        this.incoming = incoming;
        this.name = name;
        this.size = size;
        this.sha256 = sha256;
        this.migration = migration;
    }

    @Override
    protected void run() throws Refused, IOException {
        ContainerRuntime rt;
        try {
            rt = containers.runtime();
        } catch (RpcException e) {
            throw new Refused(e.getMessage());
        }
        upload = incoming.newUpload();
        Upload.receive(in, upload, size, sha256);
        boolean existed = exists(rt);
        if (migration && !existed) {
            incoming.mark(name);
            markedHere = true;
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

    private boolean exists(ContainerRuntime rt) {
        try {
            rt.status(name);
            return true;
        } catch (RuntimeError e) {
            return false;
        }
    }

    @Override
    protected void cleanUp() {
        if (upload != null) {
            Incoming.deleteQuietly(upload);
        }
        if (markedHere) {
            try {
                incoming.discard(containers.runtime(), name);
            } catch (RpcException e) {
                incoming.unmark(name);
            }
        }
    }
}
