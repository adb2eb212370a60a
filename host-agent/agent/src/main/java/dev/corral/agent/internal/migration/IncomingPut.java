package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.agent.internal.containers.Containers;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import java.nio.file.Path;

/**
 * An upload into this host for container {@code name} (checkpoint-put, container-put,
 * postcopy-put): the upload file it writes and whether it marked the name as an unfinished
 * migration's, so that a failure removes both again.
 */
abstract class IncomingPut extends StreamCommand {

    protected final Containers containers;
    protected final Incoming incoming;
    protected final String name;
    /** The upload file once one is being written. */
    protected Path upload;
    private boolean markedHere;

    IncomingPut(Containers containers, Incoming incoming, String name) {
        this.containers = containers;
        this.incoming = incoming;
        this.name = name;
    }

    protected ContainerRuntime runtime() throws Refused {
        try {
            return containers.runtime();
        } catch (RpcException e) {
            throw new Refused(e.getMessage());
        }
    }

    protected boolean exists(ContainerRuntime rt) {
        try {
            rt.status(name);
            return true;
        } catch (RuntimeError e) {
            return false;
        }
    }

    /** Marks the name as an unfinished migration's: removed unless the migration commits. */
    protected void markHere() throws java.io.IOException {
        incoming.mark(name);
        markedHere = true;
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
