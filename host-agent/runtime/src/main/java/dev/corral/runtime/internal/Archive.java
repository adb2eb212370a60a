package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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

    /** What {@link #write} wrote: the file's size and its SHA-256 (hex). */
    public record Written(long size, String sha256) {
    }

    /** {@link #write}, for callers that need the size only. */
    public static long create(Path target, List<Part> parts) {
        return write(target, parts).size();
    }

    /**
     * Writes the archive next to {@code target} under a temporary name, fsyncs it and renames it
     * into place: {@code target} either appears complete or not at all. A full disk is reported as
     * such, and the partial file is removed.
     *
     * <p>tar writes to a pipe and the bytes are hashed on their way to the file: a migration sends
     * the file with its SHA-256, and reading it back to hash it cost a second pass over every
     * memory page while the container was frozen (~0.2 s per 256 MiB here).
     */
    public static Written write(Path target, List<Part> parts) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Path errors = target.resolveSibling("." + target.getFileName() + ".err");
        List<String> argv = new ArrayList<>(List.of("tar", "--create", "--file", "-"));
        argv.addAll(KEEP);
        for (Part p : parts) {
            argv.add("--directory=" + p.dir());
            argv.addAll(p.members());
        }
        boolean ok = false;
        Process tar = null;
        try {
            tar = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectError(errors.toFile()).start();
            Process running = tar;
            CompletableFuture<Void> watchdog = CompletableFuture.runAsync(running::destroyForcibly,
                    CompletableFuture.delayedExecutor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            MessageDigest digest = sha256();
            long size = 0;
            try (InputStream in = tar.getInputStream();
                 FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                         StandardOpenOption.WRITE)) {
                byte[] buf = new byte[1 << 20];
                for (int n; (n = in.readNBytes(buf, 0, buf.length)) > 0; ) {
                    digest.update(buf, 0, n);
                    ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                    while (b.hasRemaining()) {
                        out.write(b);
                    }
                    size += n;
                }
                int exit = tar.waitFor();
                watchdog.cancel(false);
                if (exit != 0) {
                    String msg = Fs.readOrNull(errors);
                    throw RuntimeError.failure("cannot write checkpoint " + target + ": "
                            + Criu.lastLines(msg == null || msg.isBlank() ? "tar exit " + exit : msg, 2));
                }
                out.force(true);
            } catch (IOException e) {
                String msg = String.valueOf(e.getMessage());
                if (msg.contains("No space left")) {
                    throw RuntimeError.failure("no space left for the checkpoint in " + target.getParent()
                            + " (" + free(target.getParent()) + " bytes free): " + msg, e);
                }
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            Fs.fsyncDir(target.getParent());
            ok = true;
            return new Written(size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw RuntimeError.failure("cannot write checkpoint " + target + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RuntimeError.failure("interrupted while writing checkpoint " + target, e);
        } finally {
            if (tar != null && tar.isAlive()) {
                tar.destroyForcibly();
            }
            try {
                Files.deleteIfExists(errors);
                if (!ok) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // reported by the caller's error already; the next checkpoint removes leftovers
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
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
