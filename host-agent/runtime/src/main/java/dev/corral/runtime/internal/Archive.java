package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A checkpoint as one file: a tar (GNU tar) of CRIU's images, the container's records and
 * optionally its overlay upper layer. Uncompressed on purpose: memory pages are most of it and
 * compressing them would cost more frozen time than the bytes save on a local disk. Ownership,
 * device nodes and every xattr are kept: the upper layer's whiteouts are 0:0 character devices
 * and its opaque directories are trusted.overlay.* attributes.
 */
public final class Archive {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final List<String> KEEP = List.of("--numeric-owner", "--xattrs", "--xattrs-include=*", "--acls");

    /** Members taken from {@code dir}. */
    public record Part(Path dir, List<String> members) {
    }

    private Archive() {
    }

    /**
     * Writes the archive next to {@code target} under a temporary name, fsyncs it and renames it
     * into place: {@code target} either appears complete or not at all. A full disk is reported as
     * such, and the partial file is removed.
     */
    public static long create(Path target, List<Part> parts) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        List<String> argv = new ArrayList<>(List.of("tar", "--create", "--file", tmp.toString()));
        argv.addAll(KEEP);
        for (Part p : parts) {
            argv.add("--directory=" + p.dir());
            argv.addAll(p.members());
        }
        boolean ok = false;
        try {
            Cmd.Result r = Cmd.run(argv, TIMEOUT);
            if (!r.ok()) {
                String msg = r.message();
                if (msg.contains("No space left") || msg.contains("Wrote only")) {
                    throw RuntimeError.failure("no space left for the checkpoint in " + target.getParent()
                            + " (" + free(target.getParent()) + " bytes free): " + Criu.lastLines(msg, 1));
                }
                throw RuntimeError.failure("cannot write checkpoint " + target + ": " + Criu.lastLines(msg, 2));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            Fs.fsyncDir(target.getParent());
            ok = true;
            return Files.size(target);
        } catch (IOException e) {
            String msg = e.getMessage();
            throw RuntimeError.failure("cannot write checkpoint " + target + ": " + msg, e);
        } finally {
            if (!ok) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // reported by the caller's error already; the next checkpoint removes leftovers
                }
            }
        }
    }

    /** Extracts {@code members} (all when empty) into {@code dir}, which must exist. */
    public static void extract(Path archive, Path dir, List<String> members) {
        List<String> argv = new ArrayList<>(List.of("tar", "--extract", "--file", archive.toString(),
                "--directory=" + dir, "--same-permissions", "--same-owner"));
        argv.addAll(KEEP);
        argv.addAll(members);
        Cmd.Result r = Cmd.run(argv, TIMEOUT);
        if (!r.ok()) {
            throw RuntimeError.failure("cannot unpack checkpoint " + archive + ": " + Criu.lastLines(r.message(), 2));
        }
    }

    /** One member's content, or null when the archive lacks it. */
    public static String read(Path archive, String member) {
        Cmd.Result r = Cmd.run(List.of("tar", "--extract", "--to-stdout", "--occurrence=1", "--file", archive.toString(),
                member), Duration.ofSeconds(60));
        return r.ok() ? r.stdout() : null;
    }

    private static long free(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
