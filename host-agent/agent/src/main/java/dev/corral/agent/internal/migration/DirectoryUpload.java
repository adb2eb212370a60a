package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.protocol.ErrorCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;

/**
 * Sends a directory to the destination as a tar stream on an exec channel (a live migration's
 * checkpoint without its memory, and the upper layer, while the container is frozen). Streamed straight from tar, with
 * no file written and hashed first; SSH's own integrity check covers the bytes, tar's format the
 * end of the stream.
 */
final class DirectoryUpload {

    private DirectoryUpload() {
    }

    /** Bytes in the regular files under {@code dir}: what the stream carries, headers aside. */
    static long size(Path dir) throws IOException {
        long[] total = new long[1];
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile()) {
                    total[0] += a.size();
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                // a running container's layer: what it removed meanwhile has no size to count
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return total[0];
    }

    /**
     * @param upper the container's upper layer, sent as {@code upper/}; null for none
     * @param sent told the bytes sent so far
     * @param stop polled between chunks: true gives up (the channel closes, the destination drops it)
     */
    static void send(PeerClient peer, String command, Path dir, Path upper, LongConsumer sent, BooleanSupplier stop,
                       TestHooks hooks) throws IOException, RpcException {
        send(peer, command, List.of(PostCopyPut.packArgv(dir, upper)), false, sent, stop, hooks);
    }

    /**
     * Streams the archives the {@code tars} command lines write, one after the other, on one channel.
     *
     * @param changing the files may change while tar reads them (a running container's): its
     *        status 1, "some files differ", is then no failure (what changed travels again later)
     * @param hooks test hooks applied per chunk; null for none
     * @return the bytes of each archive, in order
     */
    static long[] send(PeerClient peer, String command, List<List<String>> tars, boolean changing, LongConsumer sent,
                       BooleanSupplier stop, TestHooks hooks) throws IOException, RpcException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec ch = peer.exec(command, out, err)) {
            long done = 0;
            long[] each = new long[tars.size()];
            try (OutputStream to = ch.getInvertedIn()) {
                for (int i = 0; i < tars.size(); i++) {
                    long before = done;
                    done = pump(tars.get(i), changing ? 1 : 0, to, done, sent, stop, peer, hooks);
                    each[i] = done - before;
                }
                to.flush();
            }
            ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofMinutes(10));
            Integer status = ch.getExitStatus();
            if (status == null || status != 0) {
                String why = err.toString(StandardCharsets.UTF_8).strip().replaceFirst("^corral-agent: ", "");
                throw new RpcException(ErrorCodes.RUNTIME_FAILURE, "destination refused the upload: "
                        + (why.isEmpty() ? "the channel closed" + (status == null ? "" : " with status " + status) : why));
            }
            return each;
        }
    }

    private static long pump(List<String> argv, int worstStatus, OutputStream to, long done, LongConsumer sent, BooleanSupplier stop,
                             PeerClient peer, TestHooks hooks) throws IOException {
        Process tar = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream in = tar.getInputStream()) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                to.write(buf, 0, n);
                done += n;
                sent.accept(done);
                if (stop.getAsBoolean()) {
                    throw new IOException("cancelled by the operator");
                }
                if (hooks != null) {
                    peer.hold(hooks, stop);
                }
            }
            if (!tar.waitFor(1, TimeUnit.MINUTES) || tar.exitValue() > worstStatus) {
                throw new IOException("tar could not read what it was to send (" + String.join(" ", argv) + ")");
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            tar.destroyForcibly();
        }
    }
}
