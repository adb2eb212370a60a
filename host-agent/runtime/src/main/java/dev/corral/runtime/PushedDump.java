package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The source side of a stop-and-copy migration: the container was frozen behind its network
 * lock and dumped with its memory sent as CRIU dumped it to a page server elsewhere (the
 * destination's {@link PageSink}, reached through the caller's relay); the rest of the images are
 * in {@link #directory()}. CRIU has exited; the processes stay here, frozen, until
 * {@link #release} or {@link #abort} (see {@link FrozenDump}).
 */
public final class PushedDump extends FrozenDump {

    PushedDump(ContainerRuntime rt, Checkpoints checkpoints, ContainerRecord record, Path work, Path upper,
               long frozenAt, long dumpMillis) {
        super(rt, checkpoints, record, work, upper, frozenAt, dumpMillis);
    }

    @Override
    void endCriu(Duration timeout) {
        // CRIU ended with the dump
    }

    @Override
    void stopCriu() {
        // CRIU ended with the dump
    }
}
