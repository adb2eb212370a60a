package dev.corral.agent.internal.migration;

import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.PostCopyProtocol;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code postcopy-put NAME}: a post-copy migration's checkpoint without its memory, as a tar
 * stream on stdin, unpacked into {@code incoming/NAME.postcopy/} for
 * {@link PostCopyProtocol#RESTORE_LAZY}. {@code postcopy-put NAME upper} (before the freeze) sends
 * the upper layer alone, {@code postcopy-put NAME delta} then the checkpoint and what changed in
 * the layer since (see {@link UpperDelta}); {@code postcopy-put NAME layer} only what changed in
 * the layer, for a restart migration's {@code container-put} that follows. NAME is marked as an unfinished migration's first, so a
 * failure, a dropped connection or a crash removes whatever it left. Streamed (no size known up
 * front, no file to hash): the directory is small, and it is sent while the container is frozen.
 */
final class PostCopyPut extends IncomingPut {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /** GNU tar options that keep what an upper layer holds: whiteouts (0:0 devices), xattrs, ACLs. */
    /** What marks a checkpoint as arrived in the upload directory (the upper layer may wait there alone). */
    static final String CHECKPOINT_FILE = "corral-checkpoint.json";
    static final List<String> TAR_KEEP = List.of("--numeric-owner", "--xattrs", "--xattrs-include=*", "--acls");

    /**
     * What the stream carries: all of it, the upper layer alone before the freeze, the rest with
     * the layer's delta, or (a restart migration, stopped) the layer's delta alone.
     */
    enum Mode { FULL, UPPER, DELTA, LAYER }

    private final Mode mode;

    PostCopyPut(Containers containers, Incoming incoming, String name, Mode mode) {
        super(containers, incoming, name);
        this.mode = mode;
    }

    /** The mode word after NAME ({@code upper}, {@code delta}), none for FULL; null when unknown. */
    static Mode mode(String word) {
        if (word == null) {
            return Mode.FULL;
        }
        return switch (word) {
            case "upper" -> Mode.UPPER;
            case "delta" -> Mode.DELTA;
            case "layer" -> Mode.LAYER;
            default -> null;
        };
    }

    static boolean validName(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * The source's side: {@code tar} writing {@code dir} to its stdout, and {@code upper} (the
     * container's upper layer, or null) as {@code upper/} in it.
     */
    static List<String> packArgv(Path dir, Path upper) {
        List<String> argv = new ArrayList<>(List.of("tar", "--create", "--file", "-"));
        argv.addAll(TAR_KEEP);
        argv.addAll(List.of("--directory", dir.toString(), "."));
        if (upper != null) {
            argv.addAll(List.of("--directory", upper.getParent().toString(), upper.getFileName().toString()));
        }
        return argv;
    }

    /**
     * The source's side of a pre-copy: {@code upper} as {@code upper/}, an incremental archive whose
     * state {@code snapshot} records (level 0 when the file is new, the changes since otherwise).
     */
    static List<String> upperArgv(Path upper, Path snapshot) {
        List<String> argv = new ArrayList<>(List.of("tar", "--create", "--file", "-"));
        argv.addAll(TAR_KEEP);
        argv.addAll(List.of("--listed-incremental=" + snapshot, "--directory", upper.getParent().toString(),
                upper.getFileName().toString()));
        return argv;
    }

    @Override
    protected void run() throws Refused, IOException {
        ContainerRuntime rt = runtime();
        try {
            rt.status(name);
            throw new Refused("a container " + name + " exists here already");
        } catch (RuntimeError e) {
            if (e.kind() != RuntimeError.Kind.NOT_FOUND) {
                throw new Refused(e.getMessage());
            }
        }
        markHere();
        Path dir = incoming.postCopyDir(name);
        if (mode == Mode.DELTA || mode == Mode.LAYER) {
            // the layer sent before the freeze stays; anything else there is stale
            if (!Files.isDirectory(dir.resolve("upper"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("no upper layer of " + name + " was sent before (postcopy-put " + name + " upper)");
            }
            UpperDelta.clearBeside(dir, "upper");
        } else {
            Incoming.deleteTree(dir);
            Files.createDirectories(dir);
        }
        List<String> argv = new ArrayList<>(List.of("tar", "--extract", "--file", "-", "--directory", dir.toString()));
        argv.addAll(TAR_KEEP);
        if (mode != Mode.FULL) {
            // incremental archives: a delta also removes what vanished since the first copy; the
            // delta stream is the checkpoint's plain archive followed by the layer's incremental one
            argv.addAll(List.of("--listed-incremental=/dev/null", "--ignore-zeros"));
        }
        Process tar = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // in memory, not in a file beside: on a full disk that file would lose the reason
        java.util.concurrent.FutureTask<String> errors = new java.util.concurrent.FutureTask<>(() -> firstLines(tar.getErrorStream()));
        Thread reader = new Thread(errors, "postcopy-put-errors-" + name);
        reader.setDaemon(true);
        reader.start();
        long got = 0;
        try (OutputStream to = tar.getOutputStream()) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                to.write(buf, 0, n);
                got += n;
            }
        } catch (IOException e) {
            tar.destroyForcibly();
            throw new Refused("the upload broke off after " + got + " bytes: " + e.getMessage());
        }
        try {
            if (!tar.waitFor(10, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                tar.destroyForcibly();
                String why = "";
                try {
                    why = errors.get(10, TimeUnit.SECONDS).strip();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // the reason stays unknown; the failure is told all the same
                }
                throw new Refused("cannot unpack " + (mode == Mode.UPPER || mode == Mode.LAYER ? "the upper layer" : "the checkpoint")
                        + " (" + got + " bytes): " + (why.isEmpty() ? "tar failed" : why));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted");
        }
        boolean complete = mode == Mode.UPPER || mode == Mode.LAYER ? Files.isDirectory(dir.resolve("upper"), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                : Files.isRegularFile(dir.resolve(CHECKPOINT_FILE));
        if (destroyed || !complete) {
            throw new Refused("the upload ended without a checkpoint (" + got + " bytes)");
        }
        out.write((got + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The start of what tar says (one line per file it could not write can be many). */
    private static String firstLines(java.io.InputStream in) {
        StringBuilder kept = new StringBuilder();
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (kept.length() < 2000) {
                    kept.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // tar ended; what it said so far is all there is
        }
        return kept.toString();
    }

    @Override
    protected void cleanUp() {
        super.cleanUp();
        Incoming.deleteTree(incoming.postCopyDir(name));
    }
}
