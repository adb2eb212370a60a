package dev.corral.runtime;

import dev.corral.runtime.internal.Fs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How far a migration holding a frozen copy here ({@link FrozenDump}) had come, kept in the
 * container's directory ({@value #FILE}, written atomically) so that an agent starting after a
 * crash knows what its frozen copy may still be: {@link Phase#HELD} it is the only one (thaw it),
 * {@link Phase#COMMITTING} the destination may or may not have kept its own (leave it frozen until
 * an operator says where it runs), {@link Phase#COMMITTED} the destination owns it (it dies here).
 * No file is the same as HELD without a withdrawn address.
 */
final class HeldMigration {

    static final String FILE = "held-migration";

    enum Phase { HELD, COMMITTING, COMMITTED }

    final Phase phase;
    /** This host stopped claiming the container's address for the destination: a thaw must claim it again. */
    final boolean withdrawn;

    HeldMigration(Phase phase, boolean withdrawn) {
        this.phase = phase;
        this.withdrawn = withdrawn;
    }

    HeldMigration with(Phase p) {
        return new HeldMigration(p, withdrawn);
    }

    HeldMigration withdrawn() {
        return new HeldMigration(phase, true);
    }

    void write(Path cdir) {
        Fs.writeAtomic(cdir.resolve(FILE), "phase=" + phase + "\nwithdrawn=" + withdrawn + "\n");
    }

    /**
     * The marker in {@code cdir}, or null when there is none. One that cannot be read counts as
     * COMMITTING with a withdrawn address: neither thawed nor killed until someone decides.
     */
    static HeldMigration read(Path cdir) {
        Path f = cdir.resolve(FILE);
        if (!Files.exists(f)) {
            return null;
        }
        Phase phase = null;
        Boolean withdrawn = null;
        try {
            for (String line : Files.readAllLines(f)) {
                if (line.startsWith("phase=")) {
                    phase = Phase.valueOf(line.substring(6).strip());
                } else if (line.startsWith("withdrawn=")) {
                    withdrawn = Boolean.parseBoolean(line.substring(10).strip());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            phase = null;
        }
        if (phase == null || withdrawn == null) {
            return new HeldMigration(Phase.COMMITTING, true);
        }
        return new HeldMigration(phase, withdrawn);
    }

    static void delete(Path cdir) {
        try {
            Files.deleteIfExists(cdir.resolve(FILE));
        } catch (IOException e) {
            throw RuntimeError.failure("cannot remove " + cdir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }
}
