package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/** File helpers: atomic writes and recursive delete that never follows symlinks. */
public final class Fs {

    private Fs() {
    }

    /** Write temp, fsync, rename, fsync the directory: a crash leaves the old or the new file. */
    public static void writeAtomic(Path target, String content) {
        write(target, content, true);
    }

    /**
     * Write temp, fsync, rename, without the directory's fsync: a crash leaves the old or the new
     * file, whole, but after a crash of the host the rename may be undone (the old one is back).
     * For changes a host crash makes moot.
     */
    public static void writeReplacing(Path target, String content) {
        write(target, content, false);
    }

    private static void write(Path target, String content, boolean durable) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (durable) {
                fsyncDir(dir);
            }
        } catch (IOException e) {
            throw RuntimeError.failure("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new file (it must not exist), without temp or rename: for a directory nobody uses before
     * a rename publishes it. {@code durable}: fsynced before this returns, else the caller owes
     * {@link #fsync}; the directory's fsync is the caller's either way.
     */
    public static void writeNew(Path target, String content, boolean durable) {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            if (durable) {
                ch.force(true);
            }
        } catch (IOException e) {
            throw RuntimeError.failure("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Makes a written file's content durable. */
    public static void fsync(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot flush " + file + " to disk: " + e.getMessage(), e);
        }
    }

    /**
     * Temp + rename without any fsync: readers see the old or the new file, but after a crash of
     * the host either may be there (or neither, for a new file). For files rebuilt before every
     * use, where an fsync would only add a disk round trip to the path that waits for it.
     */
    public static void writeUnsynced(Path target, String content) {
        Path tmp = target.toAbsolutePath().getParent().resolve("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, content);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    public static void fsyncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // some filesystems refuse fsync on directories; the rename is still atomic
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /** Reads a small file, or null when it is absent or unreadable. */
    public static String readOrNull(Path p) {
        try {
            return Files.readString(p).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Deletes a tree. Symlinks are removed, not followed, so a container's upper layer pointing
     * at host paths cannot make us delete outside the tree. Refuses anything that is a mount point
     * below {@code root}: deleting through a mounted overlay would eat the template.
     */
    public static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Mounts.anyMountAtOrBelow(root)) {
            throw RuntimeError.failure("refusing to delete " + root + ": something is mounted inside it");
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    if (exc instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw exc;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw RuntimeError.failure("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }

    public static void mkdirs(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot create " + p + ": " + e.getMessage(), e);
        }
    }

    public static long treeSize(Path root) {
        long[] total = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        total[0] += attrs.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return -1;
        }
        return total[0];
    }
}
