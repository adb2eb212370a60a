package dev.corral.agent.internal.migration;

import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.JsonRpc;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code container-put NAME SIZE SHA256}, a restart migration's upload: a stopped container's
 * files, created here stopped and marked as an unfinished migration's, so any failure (or a crash)
 * before {@code migration.commit} removes it again. When the upper layer came before on its own
 * ({@code postcopy-put NAME upper}, then {@code layer}), the file holds the record alone and that
 * layer is moved in. A container this host has already is refused
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
        // a layer sent before by postcopy-put NAME upper (and layer) is this container's: the file has none then
        Path layerDir = incoming.postCopyDir(name);
        Path layer = layerDir.resolve("upper");
        boolean sentBefore = Files.isDirectory(layer, LinkOption.NOFOLLOW_LINKS);
        dev.corral.runtime.ContainerInfo info;
        try {
            info = sentBefore ? rt.migrations().importStopped(upload, name, layer) : rt.migrations().importStopped(upload, name);
        } catch (RuntimeError e) {
            throw new Refused(e.getMessage());
        }
        Incoming.deleteQuietly(upload);
        if (sentBefore) {
            Incoming.deleteTree(layerDir);
        }
        containers.refresh(name);
        out.write((JsonRpc.gson().toJson(CheckpointHandlers.convert(info)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
