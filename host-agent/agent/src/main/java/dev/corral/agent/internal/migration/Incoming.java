package dev.corral.agent.internal.migration;

import dev.corral.agent.internal.containers.Claims;
import dev.corral.runtime.ContainerRuntime;
import dev.corral.runtime.ContainerState;
import dev.corral.runtime.RuntimeError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The destination's side of transfers: uploads land in {@code <state>/incoming/} until imported,
 * and a container created by an unfinished migration is marked in {@code <state>/migrations/}
 * until the migration ends. Both survive a crash of the agent: the next start removes unfinished
 * uploads and every marked container that does not run (its source took it back).
 */
final class Incoming {

    private static final Logger LOG = LoggerFactory.getLogger(Incoming.class);

    private final Path uploads;
    private final Path markers;
    private final Claims claims;

    /** {@code claims}: a marked container is held, so operators cannot change it before the commit. */
    Incoming(Path stateDir, Claims claims) {
        this.uploads = stateDir.resolve("incoming");
        this.markers = stateDir.resolve("migrations");
        this.claims = claims;
    }

    /** At agent start: what a crash in the middle of a transfer or migration left. */
    void recover(ContainerRuntime rt) {
        for (Path p : entries(uploads)) {
            deleteTree(p);
        }
        for (Path p : entries(markers)) {
            String name = p.getFileName().toString();
            if (rt != null) {
                discard(rt, name);
            } else {
                deleteQuietly(p);
            }
        }
    }

    Path newUpload() throws IOException {
        Files.createDirectories(uploads);
        return uploads.resolve(UUID.randomUUID() + ".tar");
    }

    /** Where a post-copy migration's checkpoint (without memory) waits for its restore. */
    Path postCopyDir(String name) {
        return uploads.resolve(name + ".postcopy");
    }

    void mark(String name) throws IOException {
        claims.claim(name, "being received by a migration (until its source commits or gives up)");
        Files.createDirectories(markers);
        Files.writeString(markers.resolve(name), "");
    }

    boolean marked(String name) {
        return Files.exists(markers.resolve(name));
    }

    /** The migration succeeded: the container is this host's for good. */
    synchronized void unmark(String name) {
        deleteQuietly(markers.resolve(name));
        claims.release(name);
    }

    /**
     * The source commits: the container is this host's for good. Serialized with {@link #discard}
     * (this monitor), so a commit and the clean-up of the source's ended session never both act on
     * one name. Idempotent, since a source whose connection dropped before the answer asks again:
     * a container that is here and no longer marked was committed already.
     *
     * @return false when the container was marked; true when it was committed before
     * @throws RuntimeError NOT_FOUND when it is not here (discarded, or it never arrived)
     */
    synchronized boolean commit(ContainerRuntime rt, String name) {
        if (marked(name)) {
            unmark(name);
            return false;
        }
        // throws NOT_FOUND when the session-close clean-up (or a discard call) removed it
        rt.status(name);
        return true;
    }

    /**
     * Removes a container an unfinished migration created here (stopping it if its restore got
     * that far); a container this host had before, or one whose migration committed, is never
     * touched.
     */
    synchronized void discard(ContainerRuntime rt, String name) {
        if (!marked(name)) {
            return;
        }
        try {
            dev.corral.runtime.ContainerInfo info = rt.status(name);
            if (info.state() == ContainerState.RUNNING) {
                // A copy that ran (post-copy) must die without closing its peers' connections:
                // the source's copy takes them back.
                rt.network().silence(name);
                rt.stop(name, Duration.ZERO);
            }
            rt.destroy(name);
            LOG.info("discarded {}, left by an unfinished migration", name);
        } catch (RuntimeError e) {
            if (e.kind() != RuntimeError.Kind.NOT_FOUND) {
                LOG.warn("cannot discard {}: {}", name, e.getMessage());
                return;
            }
        }
        // a post-copy restore's images: its lazy-pages daemon reads them no more once the copy is gone
        deleteTree(postCopyDir(name));
        unmark(name);
    }

    private static List<Path> entries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void deleteTree(Path p) {
        if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            deleteQuietly(p);
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("cannot delete {}: {}", p, e.toString());
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", p, e.toString());
        }
    }
}
