package dev.corral.runtime;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Names;
import dev.corral.runtime.internal.TemplateFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Templates under {@code <state-dir>/templates/<name>/}: {@code rootfs/} (never written once
 * built: it is the read-only lower layer of every container made from it) and
 * {@code template.json}. Every build happens in a hidden sibling directory and is renamed into
 * place, so a crash or failure never leaves a half template under a real name.
 */
public final class Templates {

    public static final String BUSYBOX = "busybox";
    public static final String DEBIAN_12 = "debian-12";
    public static final String IMPORTED = "imported";
    public static final String DEFAULT_MIRROR = "http://deb.debian.org/debian";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path dir;
    private final Object registry;
    private final Predicate<String> inUse;

    Templates(Path dir, Object registry, Predicate<String> inUse) {
        this.dir = dir;
        this.registry = registry;
        this.inUse = inUse;
        Fs.mkdirs(dir);
    }

    /** A ~2 MB system: busybox-static, busybox init running /etc/init.d/S* scripts. */
    public TemplateInfo buildBusybox(String name) {
        return build(name, BUSYBOX, "USR2", TemplateFiles::busybox);
    }

    /**
     * Debian 12 minbase + sysvinit-core, iproute2, procps; built once (30-60 s, needs the mirror).
     * Returns the existing template when one of that name is there already.
     */
    public TemplateInfo ensureDebian12(String name, String mirror) {
        synchronized (registry) {
            if (Files.isDirectory(dir.resolve(Names.label("template", name)))) {
                return show(name);
            }
        }
        String m = mirror == null ? DEFAULT_MIRROR : mirror;
        if (!m.matches("https?://[A-Za-z0-9.:/_~-]+")) {
            throw RuntimeError.invalid("not a mirror URL: " + m);
        }
        return build(name, DEBIAN_12, "PWR", rootfs -> TemplateFiles.debian12(rootfs, m));
    }

    /** Imports a (optionally compressed) rootfs tarball; it must provide /sbin/init. */
    public TemplateInfo importTarball(String name, Path tarball, String stopSignal) {
        if (!Files.isRegularFile(tarball)) {
            throw RuntimeError.invalid("no such tarball: " + tarball);
        }
        String sig = stopSignal == null ? "PWR" : stopSignal;
        if (!sig.matches("[A-Z0-9+]{2,12}")) {
            throw RuntimeError.invalid("bad stop signal: " + sig);
        }
        return build(name, IMPORTED, sig, rootfs -> {
            Cmd.check(Duration.ofMinutes(10), "tar", "-x", "-p", "--numeric-owner", "-f",
                    tarball.toAbsolutePath().toString(), "-C", rootfs.toString());
            if (!Files.exists(rootfs.resolve("sbin/init"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw RuntimeError.invalid("tarball " + tarball + " has no /sbin/init: not a system container rootfs");
            }
        });
    }

    public List<TemplateInfo> list() {
        List<TemplateInfo> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve("template.json")))
                    .sorted()
                    .forEach(p -> out.add(read(p)));
        } catch (IOException e) {
            throw RuntimeError.failure("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    public TemplateInfo show(String name) {
        Path p = dir.resolve(Names.label("template", name));
        if (!Files.isRegularFile(p.resolve("template.json"))) {
            throw RuntimeError.notFound("no template " + name);
        }
        return read(p);
    }

    public boolean exists(String name) {
        return Files.isRegularFile(dir.resolve(name).resolve("template.json"));
    }

    /** Refused (CONFLICT) while any container is made from it. */
    public void delete(String name) {
        synchronized (registry) {
            show(name);
            if (inUse.test(name)) {
                throw RuntimeError.conflict("template " + name + " is in use by a container");
            }
            Path p = dir.resolve(name);
            Path doomed = dir.resolve("." + name + ".deleting-" + UUID.randomUUID());
            try {
                Files.move(p, doomed);
            } catch (IOException e) {
                throw RuntimeError.failure("cannot delete template " + name + ": " + e.getMessage(), e);
            }
            Fs.deleteTree(doomed);
        }
    }

    Path rootfs(String name) {
        return dir.resolve(name).resolve("rootfs");
    }

    /** Removes build debris a crash left behind; returns what was removed. */
    List<String> cleanDebris() {
        List<String> removed = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                Fs.deleteTree(p);
                removed.add("removed unfinished template directory " + p.getFileName());
            }
        } catch (IOException e) {
            throw RuntimeError.failure("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return removed;
    }

    interface Builder {
        void fill(Path rootfs);
    }

    private TemplateInfo build(String name, String kind, String stopSignal, Builder builder) {
        Names.label("template", name);
        synchronized (registry) {
            if (Files.exists(dir.resolve(name))) {
                throw RuntimeError.conflict("template " + name + " exists");
            }
        }
        Path work = dir.resolve("." + name + ".build-" + UUID.randomUUID());
        boolean ok = false;
        try {
            Path rootfs = work.resolve("rootfs");
            Fs.mkdirs(rootfs);
            builder.fill(rootfs);
            Meta meta = new Meta(name, kind, stopSignal, Instant.now().toString(), Fs.treeSize(rootfs));
            Fs.writeAtomic(work.resolve("template.json"), GSON.toJson(meta));
            synchronized (registry) {
                if (Files.exists(dir.resolve(name))) {
                    throw RuntimeError.conflict("template " + name + " exists");
                }
                Files.move(work, dir.resolve(name));
                Fs.fsyncDir(dir);
            }
            ok = true;
            return show(name);
        } catch (IOException e) {
            throw RuntimeError.failure("cannot build template " + name + ": " + e.getMessage(), e);
        } finally {
            if (!ok) {
                Fs.deleteTree(work);
            }
        }
    }

    private TemplateInfo read(Path p) {
        Meta m = GSON.fromJson(Fs.read(p.resolve("template.json")), Meta.class);
        return new TemplateInfo(p.getFileName().toString(), m.kind(), m.stopSignal(), m.sizeBytes(),
                Instant.parse(m.created()), p.resolve("rootfs"));
    }

    private record Meta(String name, String kind, String stopSignal, String created, long sizeBytes) {
    }
}
