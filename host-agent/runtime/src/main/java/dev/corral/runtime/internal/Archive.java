package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
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
     * <p>The file is hashed while tar writes it, reading behind tar from the page cache: a migration
     * sends the file with its SHA-256, and hashing it afterwards cost a second pass over every
     * memory page while the container was frozen. (Piping tar through Java to hash and write in one
     * go was slower: 1 GiB took ~4.3 s against ~2.8 s for tar alone.)
     */
    public static Written write(Path target, List<Part> parts) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        List<String> argv = new ArrayList<>(List.of("tar", "--create", "--file", tmp.toString()));
        argv.addAll(KEEP);
        for (Part p : parts) {
            argv.add("--directory=" + p.dir());
            argv.addAll(p.members());
        }
        boolean ok = false;
        Process tar = null;
        try {
            // created before tar starts, so the reader below can open it first; tar truncates it
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
            try (FileChannel in = FileChannel.open(tmp, StandardOpenOption.READ)) {
                tar = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                // read in memory: a full disk would swallow a file of tar's complaints
                Stderr said = new Stderr(tar);
                MessageDigest digest = sha256();
                long size = follow(in, tar, digest);
                int exit = tar.exitValue();
                if (exit != 0) {
                    String msg = said.text();
                    msg = msg.isBlank() ? "tar exit " + exit : msg;
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
                return new Written(size, HexFormat.of().formatHex(digest.digest()));
            }
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
                if (!ok) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // reported by the caller's error already; the next checkpoint removes leftovers
            }
        }
    }

    /** A process's stderr, collected on a thread of its own so the process never blocks on it. */
    private static final class Stderr {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread reader;

        Stderr(Process p) {
            reader = new Thread(() -> {
                try (InputStream in = p.getErrorStream()) {
                    in.transferTo(bytes);
                } catch (IOException e) {
                    // the process is gone; what came so far is kept
                }
            }, "tar-stderr");
            reader.setDaemon(true);
            reader.start();
        }

        String text() throws InterruptedException {
            reader.join(5_000);
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Hashes what tar appends to the file until tar has ended and everything is read; returns the
     * bytes read. Waits on tar's exit between reads that find nothing new (bounded by TIMEOUT).
     */
    private static long follow(FileChannel in, Process tar, MessageDigest digest) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        byte[] buf = new byte[1 << 20];
        ByteBuffer b = ByteBuffer.wrap(buf);
        long pos = 0;
        while (true) {
            b.clear();
            int n = in.read(b, pos);
            if (n > 0) {
                digest.update(buf, 0, n);
                pos += n;
                continue;
            }
            if (!tar.isAlive()) {
                // it may have written more between our read and its exit
                b.clear();
                if (in.read(b, pos) > 0) {
                    continue;
                }
                return pos;
            }
            if (System.nanoTime() > deadline) {
                tar.destroyForcibly();
                throw new IOException("tar did not finish within " + TIMEOUT.toMinutes() + " minutes");
            }
            tar.waitFor(2, TimeUnit.MILLISECONDS);
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
