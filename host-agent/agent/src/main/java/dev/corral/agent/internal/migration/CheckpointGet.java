package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.runtime.Checkpoint;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;

/** {@code checkpoint-get NAME ID}: the checkpoint file on stdout, size and digest on stderr. */
final class CheckpointGet extends StreamCommand {

    private final Containers containers;
    private final String name;
    private final String id;

    CheckpointGet(Containers containers, String name, String id) {
        this.containers = containers;
        this.name = name;
        this.id = id;
    }

    @Override
    protected void run() throws Refused, IOException {
        Checkpoint c;
        try {
            c = containers.runtime().checkpointInfo(name, id);
        } catch (RpcException | RuntimeError e) {
            throw new Refused(e.getMessage());
        }
        MessageDigest digest = Sha256.digest();
        long size = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream file = Files.newInputStream(c.path())) {
            for (int n; (n = file.read(buf)) > 0; ) {
                if (destroyed) {
                    throw new IOException("the client closed the channel");
                }
                out.write(buf, 0, n);
                digest.update(buf, 0, n);
                size += n;
            }
        }
        out.flush();
        err.write(("size=" + size + " sha256=" + Sha256.hex(digest) + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
