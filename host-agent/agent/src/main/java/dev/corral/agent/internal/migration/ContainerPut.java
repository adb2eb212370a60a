package dev.corral.agent.internal.migration;

import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.JsonRpc;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code container-put NAME SIZE SHA256}, a restart migration's upload: a stopped container's
 * files, created here stopped and marked as an unfinished migration's, so any failure (or a crash)
 * before {@code migration.commit} removes it again. A container this host has already is refused
 * before anything is written.
 */
final class ContainerPut extends IncomingPut {

    private final long size;
    private final String sha256;

    ContainerPut(Containers containers, Incoming incoming, String name, long size, String sha256) {
        super(containers, incoming, name);
        this.size = size;
        this.sha256 = sha256;
    }

    @Override
    protected void run() throws Refused, IOException {
        ContainerRuntime rt = runtime();
        if (exists(rt)) {
            throw new Refused("a container " + name + " exists here already");
        }
        upload = incoming.newUpload();
        Upload.receive(in, upload, size, sha256);
        markHere();
        dev.corral.runtime.ContainerInfo info;
        try {
            info = rt.importStopped(upload, name);
        } catch (RuntimeError e) {
            throw new Refused(e.getMessage());
        }
        Incoming.deleteQuietly(upload);
        containers.refresh(name);
        out.write((JsonRpc.gson().toJson(CheckpointHandlers.convert(info)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
