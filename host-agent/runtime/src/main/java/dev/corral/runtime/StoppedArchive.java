package dev.corral.runtime;

import com.google.gson.Gson;
import dev.corral.runtime.internal.Archive;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stopped container as one file, what a restart migration moves: its record and its upper
 * layer (the files it changed; the template's stay on each host). No CRIU and no processes: the
 * container starts afresh wherever it is unpacked. Packed with the checkpoints' tar settings, so
 * the layer's whiteouts, owners and xattrs survive.
 */
final class StoppedArchive {

    private static final Logger LOG = LoggerFactory.getLogger(StoppedArchive.class);
    static final String META = "corral-container.json";
    private static final int FORMAT = 1;
    private static final Gson GSON = new Gson();

    /** corral-container.json: what the file is. */
    static final class Meta {
        int format = FORMAT;
        String container;
        String uuid;
        String template;
        String created;
    }

    private final ContainerRuntime rt;

    StoppedArchive(ContainerRuntime rt) {
        this.rt = rt;
    }

    /** {@code withUpper} false: the record alone (a restart migration sends the layer by itself). */
    long pack(String name, Path target, boolean withUpper) {
        return rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            if (rt.running(r)) {
                throw RuntimeError.conflict("container " + name + " is running: stop it before packing its files");
            }
            Path cdir = rt.dir(name);
            // ".ckpt-" work directories are debris the runtime removes at its next open.
            Path work = cdir.resolve(".ckpt-pack-" + UUID.randomUUID());
            Fs.mkdirs(work);
            try {
                Meta m = new Meta();
                m.container = r.name;
                m.uuid = r.uuid;
                m.template = r.template;
                m.created = Instant.now().toString();
                Fs.writeAtomic(work.resolve(META), GSON.toJson(m));
                Fs.mkdirs(cdir.resolve("upper"));
                long size = Archive.create(target, List.of(new Archive.Part(work, List.of(META)),
                        new Archive.Part(cdir, withUpper ? List.of(ContainerRecord.FILE, "upper") : List.of(ContainerRecord.FILE))));
                LOG.info("packed stopped container {} into {} ({} bytes)", name, target, size);
                return size;
            } finally {
                Fs.deleteTree(work);
            }
        });
    }

    /** {@code upper}: the layer, moved in (the file holds none); null to take it from the file. */
    ContainerInfo unpack(Path file, String expectedName, Path upper) {
        Path src = file.toAbsolutePath();
        if (!Files.isRegularFile(src)) {
            throw RuntimeError.notFound("no container file " + src);
        }
        Meta m = meta(src);
        if (!m.container.equals(expectedName)) {
            throw RuntimeError.invalid("the file holds container " + m.container + ", not " + expectedName);
        }
        String name = Names.label("container", m.container);
        String json = Archive.read(src, ContainerRecord.FILE);
        ContainerRecord r = json == null ? null : GSON.fromJson(json, ContainerRecord.class);
        if (r == null || !name.equals(r.name) || !m.uuid.equals(r.uuid)) {
            throw RuntimeError.invalid(src + ": container record missing or not matching");
        }
        synchronized (rt.registry()) {
            return rt.locked(name, () -> {
                Path cdir = rt.dir(name);
                if (Files.exists(cdir)) {
                    throw RuntimeError.conflict("container " + name + " exists here already");
                }
                CheckpointImport.checkArrival(rt, r, name);
                r.initPid = 0;
                r.initStartTime = 0;
                Path tmp = rt.containersDir().resolve("." + name + ".creating-" + r.uuid);
                boolean ok = false;
                try {
                    for (String d : new String[] {"work", "rootfs", "bundle"}) {
                        Files.createDirectories(tmp.resolve(d));
                    }
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx--x--x"));
                    if (upper == null) {
                        Archive.extract(src, tmp, List.of("upper"));
                    } else {
                        takeLayer(upper, tmp.resolve("upper"));
                    }
                    r.save(tmp);
                    Files.move(tmp, cdir);
                    Fs.fsyncDir(rt.containersDir());
                    ok = true;
                } catch (IOException e) {
                    throw RuntimeError.failure("cannot take in container " + name + ": " + e.getMessage(), e);
                } finally {
                    if (!ok) {
                        Fs.deleteTree(tmp);
                    }
                }
                LOG.info("took in stopped container {} ({}, {})", name, r.template, r.ipv4);
                return rt.info(r);
            });
        }
    }

    /** A rename where it can (one file system), a copy where it cannot (the uploads on their own). */
    private static void takeLayer(Path from, Path to) {
        if (!Files.isDirectory(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw RuntimeError.failure("no upper layer at " + from);
        }
        try {
            Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            dev.corral.runtime.internal.Cmd.check(Duration.ofMinutes(30), "cp", "-a", from.toString(), to.toString());
        }
    }

    private static Meta meta(Path file) {
        String json = Archive.read(file, META);
        Meta m;
        try {
            m = json == null ? null : GSON.fromJson(json, Meta.class);
        } catch (RuntimeException e) {
            m = null;
        }
        if (m == null || m.container == null || m.uuid == null) {
            throw RuntimeError.invalid(file + " is not a Corral container file (no valid " + META + ")");
        }
        if (m.format != FORMAT) {
            throw RuntimeError.invalid(file + " has container file format " + m.format + ", this runtime reads " + FORMAT);
        }
        return m;
    }
}
