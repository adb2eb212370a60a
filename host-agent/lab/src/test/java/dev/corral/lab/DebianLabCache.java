package dev.corral.lab;

import dev.corral.runtime.Templates;
import dev.corral.runtime.internal.TemplateFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the debian-12 lab test needs from the mirror, kept in a cache that survives runs
 * ({@code -Dcorral.debianLabCache}, default /var/cache/corral-test/debian-lab; delete it to
 * rebuild): a tarball of the debian-12 template, imported on both lab hosts, and the .deb files of
 * the service the test installs. Lab hosts cannot build the template themselves: their namespaces
 * have no route to the mirror. So the tarball is made here, in the root namespace, from the
 * runtime test's cached template when there is one (no second debootstrap in a CI run), else with
 * the same recipe the agent's {@code template.build debian-12} uses.
 */
final class DebianLabCache {

    static final Path DIR = Path.of(System.getProperty("corral.debianLabCache", "/var/cache/corral-test/debian-lab"));
    /** DebianTemplateTest's cached template (runtime module; it too reads -Dcorral.debianStateDir). */
    static final Path RUNTIME_TEMPLATE = Path.of(System.getProperty("corral.debianStateDir",
            "/var/cache/corral-test/debian-state"), "templates", "debian-12");
    /**
     * xinetd and what it needs beyond the template's package set (minbase + sysvinit-core,
     * iproute2, procps): the container has no route out, so apt inside finds nothing else.
     */
    static final List<String> PACKAGES = List.of("xinetd", "libwrap0", "libnsl2", "netbase");

    private DebianLabCache() {
    }

    /** The template's rootfs as a tarball for {@code corralctl template import}. */
    static Path templateTarball() throws Exception {
        Path tar = DIR.resolve("debian-12.tar");
        if (Files.isRegularFile(tar)) {
            return tar;
        }
        Files.createDirectories(DIR);
        Path work = Files.createTempDirectory(DIR, ".build-");
        try {
            Path rootfs = RUNTIME_TEMPLATE.resolve("rootfs");
            if (!Files.isRegularFile(RUNTIME_TEMPLATE.resolve("template.json"))) {
                rootfs = Files.createDirectories(work.resolve("rootfs"));
                TemplateFiles.debian12(rootfs, Templates.DEFAULT_MIRROR);
            }
            Path part = work.resolve("debian-12.tar");
            run(work, "tar", "-c", "-p", "--numeric-owner", "-f", part.toString(), "-C", rootfs.toString(), ".");
            // renamed into place whole: an interrupted run never leaves half a tarball under the real name
            Files.move(part, tar, StandardCopyOption.ATOMIC_MOVE);
            return tar;
        } finally {
            deleteTree(work);
        }
    }

    /** The packages' .deb files (fetched once with apt-get download), named NAME.deb. */
    static List<Path> debs() throws Exception {
        Path dir = DIR.resolve("debs");
        List<Path> debs = PACKAGES.stream().map(p -> dir.resolve(p + ".deb")).toList();
        if (debs.stream().allMatch(Files::isRegularFile)) {
            return debs;
        }
        Files.createDirectories(DIR);
        Path work = Files.createTempDirectory(DIR, ".debs-");
        try {
            List<String> argv = new ArrayList<>(List.of("apt-get", "-q", "-o", "APT::Sandbox::User=root", "download"));
            argv.addAll(PACKAGES);
            run(work, argv.toArray(String[]::new));
            Files.createDirectories(dir);
            try (Stream<Path> s = Files.list(work)) {
                for (Path f : s.toList()) {
                    // xinetd_1%3a2.3...deb: apt mangles the escaped epoch when it reads the local file back
                    String name = f.getFileName().toString();
                    Files.move(f, dir.resolve(name.substring(0, name.indexOf('_')) + ".deb"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            deleteTree(work);
        }
        for (Path d : debs) {
            if (!Files.isRegularFile(d)) {
                throw new IOException("apt-get download gave no " + d.getFileName());
            }
        }
        return debs;
    }

    private static void run(Path cwd, String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).directory(cwd.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", argv) + " failed: " + new String(out));
        }
    }

    private static void deleteTree(Path p) throws Exception {
        if (Files.exists(p)) {
            run(p.getParent(), "rm", "-rf", "--one-file-system", p.toString());
        }
    }
}
