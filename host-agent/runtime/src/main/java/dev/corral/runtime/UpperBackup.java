package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * The container's upper layer during a restore that brings its own: the old one is set aside
 * (renamed, never copied) until the restore has succeeded, so a failure or a crash in between
 * can always put it back. Checkpoints and the crash recovery settle it too, since they may be the
 * first to find one left over.
 */
final class UpperBackup {

    /** The upper layer a restore replaced, kept until the restore has succeeded. */
    static final String DIR = ".upper-before-restore";

    private UpperBackup() {
    }

    /** The container's current layer goes aside; the caller then puts the restored one in place. */
    static void setAside(Path cdir) {
        move(cdir.resolve("upper"), cdir.resolve(DIR));
    }

    /**
     * After a restore that brought its own upper layer: on success the replaced layer goes; on
     * failure (or found after a crash while stopped) it is put back.
     */
    static void settle(Path cdir, boolean restored) {
        Path backup = cdir.resolve(DIR);
        if (!Files.exists(backup)) {
            return;
        }
        if (restored) {
            Fs.deleteTree(backup);
            return;
        }
        Path upper = cdir.resolve("upper");
        Path doomed = cdir.resolve(".ckpt-upper-discarded");
        if (Files.exists(upper)) {
            move(upper, doomed);
        }
        move(backup, upper);
        Fs.deleteTree(doomed);
    }

    /**
     * A failed restore's clean-up: the old layer is put back; should that fail as well, its error
     * rides along on {@code e}, which stays the one the caller reports. Returns {@code e}.
     */
    static RuntimeException putBackAfter(Path cdir, RuntimeException e) {
        try {
            settle(cdir, false);
        } catch (RuntimeException again) {
            e.addSuppressed(again);
        }
        return e;
    }

    /**
     * The transferred upper layer becomes the container's: renamed where the directory is on the
     * same file system (the migration's upload is, and is deleted afterwards anyway), so the
     * frozen time does not grow with the layer; copied otherwise.
     */
    static void takeLayer(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Cmd.check(Duration.ofMinutes(30), "cp", "-a", from.toString(), to.toString());
        }
    }

    static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
