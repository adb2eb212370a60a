package dev.corral.runtime;

import com.google.gson.Gson;
import dev.corral.runtime.internal.Archive;
import dev.corral.runtime.internal.CheckpointMeta;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Ipv4;
import dev.corral.runtime.internal.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Checkpoints that come from elsewhere: a file taken into a container's checkpoints, and the
 * container itself taken in (stopped, from the checkpoint's records) when this host lacks it.
 * Apart from the restore because nothing here touches a process, a cgroup or the network: it is
 * files and the registry only.
 */
final class CheckpointImport {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointImport.class);

    private final ContainerRuntime rt;

    CheckpointImport(ContainerRuntime rt) {
        this.rt = rt;
    }

    /**
     * Takes a checkpoint file (from another host, or saved elsewhere) into this runtime: into the
     * checkpoints of its container, which is created (stopped) from the file's records when this
     * host does not have it. The container keeps its name, uuid, MAC and address, which must be
     * free here.
     */
    Checkpoint importFile(Path file) {
        Path src = file.toAbsolutePath();
        if (!Files.isRegularFile(src)) {
            throw RuntimeError.notFound("no checkpoint file " + src);
        }
        CheckpointMeta m = Checkpoints.meta(src);
        String name = Names.label("container", m.container);
        synchronized (rt.registry()) {
            return rt.locked(name, () -> {
                boolean exists = Files.isRegularFile(rt.dir(name).resolve(ContainerRecord.FILE));
                // Our own files (an agent's uploads) are linked, not copied: nobody rewrites them in
                // place, and a migration's destination copied every memory page once more for
                // nothing while the container ran nowhere (~0.3 s per 256 MiB here).
                boolean link = src.startsWith(rt.config().stateDir().toAbsolutePath());
                // a new container gets the file before it appears; an existing one now
                ensureContainer(exists ? null : fromArchive(src, m), m, src.toString(), dir -> copyIn(src, dir, m, link));
                return copyIn(src, rt.dir(name), m, link);
            });
        }
    }

    /**
     * The container the checkpoint {@code m} belongs to, created (stopped) from {@code record} when
     * this host lacks it, with {@code fill} run on its directory before it appears. CONFLICT when
     * the name is another container's here or the address is taken; returns the name.
     */
    String ensureContainer(ContainerRecord record, CheckpointMeta m, String what,
                                   Consumer<Path> fill) {
        String name = Names.label("container", m.container);
        synchronized (rt.registry()) {
            return rt.locked(name, () -> {
                Path cdir = rt.dir(name);
                if (Files.isRegularFile(cdir.resolve(ContainerRecord.FILE))) {
                    ContainerRecord r = rt.load(name);
                    if (!r.uuid.equals(m.uuid)) {
                        throw RuntimeError.conflict("container " + name + " exists here as another container (" + r.uuid + ")");
                    }
                    return name;
                }
                if (record == null || !m.uuid.equals(record.uuid) || !m.container.equals(record.name)) {
                    throw RuntimeError.invalid(what + ": container record missing or not matching the checkpoint");
                }
                ContainerRecord r = record;
                r.initPid = 0;
                r.initStartTime = 0;
                CheckpointImport.checkArrival(rt, r, name);
                Path tmp = rt.containersDir().resolve("." + name + ".creating-" + r.uuid);
                boolean ok = false;
                try {
                    for (String d : new String[] {"upper", "work", "rootfs", "bundle", Checkpoints.DIR}) {
                        Files.createDirectories(tmp.resolve(d));
                    }
                    r.save(tmp);
                    if (fill != null) {
                        fill.accept(tmp);
                    }
                    Files.move(tmp, cdir);
                    Fs.fsyncDir(rt.containersDir());
                    ok = true;
                } catch (IOException e) {
                    throw RuntimeError.failure("cannot take in container " + name + " from " + what + ": " + e.getMessage(), e);
                } finally {
                    if (!ok) {
                        Fs.deleteTree(tmp);
                    }
                }
                LOG.info("took in container {} from {}", name, what);
                return name;
            });
        }
    }

    private static ContainerRecord fromArchive(Path src, CheckpointMeta m) {
        String json = Archive.read(src, ContainerRecord.FILE);
        return json == null ? null : new Gson().fromJson(json, ContainerRecord.class);
    }

    /**
     * Copies (fsync, rename) the file into the container's checkpoints; with {@code link}, a hard
     * link stands for the copy where the file system allows one.
     */
    private static Checkpoint copyIn(Path src, Path cdir, CheckpointMeta m, boolean link) {
        Path ckdir = cdir.resolve(Checkpoints.DIR);
        Fs.mkdirs(ckdir);
        Path target = ckdir.resolve(m.id + Checkpoints.SUFFIX);
        if (src.equals(target)) {
            return Checkpoints.describe(target);
        }
        if (Files.exists(target)) {
            // the same file again (a retried transfer) is taken as done; another one is a conflict
            try {
                if (Files.size(target) == Files.size(src)) {
                    return Checkpoints.describe(target);
                }
            } catch (IOException e) {
                throw RuntimeError.failure("cannot compare " + src + " with " + target + ": " + e.getMessage(), e);
            }
            throw RuntimeError.conflict("container " + m.container + " already has another checkpoint " + m.id);
        }
        Path tmp = ckdir.resolve("." + m.id + Checkpoints.SUFFIX + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            if (!(link && linked(src, tmp))) {
                Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            Fs.fsyncDir(ckdir);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next checkpoint operation removes it
            }
            throw RuntimeError.failure("cannot copy checkpoint " + src + " in: " + e.getMessage(), e);
        }
        return Checkpoints.describe(target);
    }

    /** A hard link {@code to} -> {@code from}; false where there can be none (another file system). */
    private static boolean linked(Path from, Path to) {
        try {
            Files.createLink(to, from);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Whether a container that comes from another host ({@code r}, arriving as {@code name}) can be
     * taken in here: its template is here, and its address is assignable, not this host's own and
     * not another container's. Shared by checkpoint imports and a restart migration's files.
     */
    static void checkArrival(ContainerRuntime rt, ContainerRecord r, String name) {
        if (!rt.templates().exists(r.template)) {
            throw RuntimeError.failure("template " + r.template + " of " + name + " is not on this host");
        }
        int ip = Ipv4.parse(r.ipv4);
        if (!rt.subnet().assignable(ip)) {
            throw RuntimeError.invalid("address " + r.ipv4 + " of " + name + " is not assignable in " + rt.subnet());
        }
        rt.network().checkAddress(ip);
        for (ContainerRecord other : rt.allRecords()) {
            if (r.ipv4.equals(other.ipv4)) {
                throw RuntimeError.conflict("address " + r.ipv4 + " is taken by container " + other.name);
            }
        }
    }
}
