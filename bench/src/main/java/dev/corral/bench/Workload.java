package dev.corral.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The migration benchmark's workload: {@code memfill} (bench/src/main/c/memfill.c, built static on
 * this host) started by busybox init's rc scripts, filling a given amount of memory with non-zero
 * pages and then sleeping. The same files go into the Corral container's upper layer and into the
 * plain runc container's, so CRIU sees the same process tree and the same memory in both.
 */
final class Workload {

    static final String READY = "tmp/memfill.ready";

    private Workload() {
    }

    /** Compiles the workload (gcc, static: the busybox template has no C library). */
    static Path build(Path source, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("memfill");
        Shell.run(List.of("gcc", "-static", "-O2", "-o", out.toString(), source.toString()));
        return out;
    }

    /** Puts the program and an rc script starting it into a container's upper layer. */
    static void install(Path upper, Path memfill, int mib) throws IOException {
        Path bin = upper.resolve("usr/bin/memfill");
        Files.createDirectories(bin.getParent());
        Files.copy(memfill, bin, StandardCopyOption.REPLACE_EXISTING);
        bin.toFile().setExecutable(true, false);
        Path script = upper.resolve("etc/init.d/S50memfill");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\n[ \"$1\" = start ] || exit 0\n"
                + "memfill " + mib + " /" + READY + " </dev/null >/dev/null 2>&1 &\n");
        script.toFile().setExecutable(true, false);
    }

    /** Waits (bounded) until the workload says its memory is filled. */
    static void awaitReady(Path rootfs, int mib) throws IOException, InterruptedException {
        Path ready = rootfs.resolve(READY);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!(Files.exists(ready) && Files.readString(ready).strip().equals(Integer.toString(mib)))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("the workload in " + rootfs + " did not fill " + mib + " MiB within 2 minutes");
            }
            // a benchmark's set-up, not a test: polling the file is the simplest wait
            Thread.sleep(50);
        }
    }
}
