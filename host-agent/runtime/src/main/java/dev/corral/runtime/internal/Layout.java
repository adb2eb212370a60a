package dev.corral.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A container's directory: {@code upper/} and {@code work/} (its private overlay layers),
 * {@code rootfs/} (the merged mount point while running), {@code bundle/} (config.json, runc log,
 * pid file) and corral.json. The template is never copied.
 */
public final class Layout {

    private Layout() {
    }

    public static void prepare(Path dir, Path templateRootfs, ContainerRecord r) throws IOException {
        for (String d : new String[] {"upper", "work", "rootfs", "bundle"}) {
            Files.createDirectories(dir.resolve(d));
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        // Identity files go into the upper layer, so init finds its own name on first boot. The
        // directory must look like the template's /etc or overlayfs shows ours instead.
        Path lowerEtc = templateRootfs.resolve("etc");
        if (Files.isDirectory(lowerEtc, LinkOption.NOFOLLOW_LINKS)) {
            Path etc = Files.createDirectories(dir.resolve("upper/etc"));
            Files.setPosixFilePermissions(etc, Files.getPosixFilePermissions(lowerEtc, LinkOption.NOFOLLOW_LINKS));
            Files.writeString(etc.resolve("hostname"), r.hostname + "\n");
            Files.writeString(etc.resolve("hosts"), "127.0.0.1\tlocalhost\n" + r.ipv4 + "\t" + r.hostname + "\n"
                    + "::1\tlocalhost ip6-localhost ip6-loopback\n");
            for (String f : new String[] {"hostname", "hosts"}) {
                Files.setPosixFilePermissions(etc.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
    }
}
