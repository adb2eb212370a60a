package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What goes into the built-in templates' root filesystems. */
public final class TemplateFiles {

    static final Path HOST_BUSYBOX = Path.of("/bin/busybox");

    private TemplateFiles() {
    }

    public static void busybox(Path root) {
        if (!Files.isRegularFile(HOST_BUSYBOX)) {
            throw RuntimeError.failure("/bin/busybox missing: install busybox-static");
        }
        try {
            for (String d : List.of("bin", "sbin", "usr/bin", "usr/sbin", "etc/init.d", "dev", "proc", "sys", "run",
                    "root", "var/log", "var/run", "home", "mnt")) {
                Files.createDirectories(root.resolve(d));
            }
            Path tmp = Files.createDirectories(root.resolve("tmp"));
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
            Cmd.check("chmod", "1777", tmp.toString());
            Files.setPosixFilePermissions(root.resolve("root"), PosixFilePermissions.fromString("rwx------"));
            Path bb = root.resolve("bin/busybox");
            Files.copy(HOST_BUSYBOX, bb);
            Files.setPosixFilePermissions(bb, PosixFilePermissions.fromString("rwxr-xr-x"));
            for (String applet : Cmd.check("/bin/busybox", "--list-full").stdout().split("\n")) {
                String a = applet.strip();
                if (a.isEmpty() || a.equals("bin/busybox") || a.contains("..")) {
                    continue;
                }
                Path link = root.resolve(a);
                Files.createDirectories(link.getParent());
                if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, Path.of("/bin/busybox"));
                }
            }
            write(root, "etc/inittab", """
                    # busybox init: no consoles (stdio is /dev/null); startup and shutdown scripts only
                    ::sysinit:/etc/init.d/rcS
                    ::shutdown:/etc/init.d/rcK
                    """, "rw-r--r--");
            write(root, "etc/init.d/rcS", """
                    #!/bin/sh
                    # Runs /etc/init.d/S[0-9][0-9]* in order with "start".
                    for s in /etc/init.d/S[0-9][0-9]*; do
                        [ -x "$s" ] && "$s" start
                    done
                    exit 0
                    """, "rwxr-xr-x");
            write(root, "etc/init.d/rcK", """
                    #!/bin/sh
                    # Runs the startup scripts in reverse order with "stop".
                    for s in $(ls -r /etc/init.d/S[0-9][0-9]* 2>/dev/null); do
                        [ -x "$s" ] && "$s" stop
                    done
                    exit 0
                    """, "rwxr-xr-x");
            write(root, "etc/passwd", """
                    root:x:0:0:root:/root:/bin/sh
                    daemon:x:1:1:daemon:/usr/sbin:/bin/false
                    nobody:x:65534:65534:nobody:/nonexistent:/bin/false
                    """, "rw-r--r--");
            write(root, "etc/shadow", """
                    root:*:19000:0:99999:7:::
                    daemon:*:19000:0:99999:7:::
                    nobody:*:19000:0:99999:7:::
                    """, "rw-------");
            write(root, "etc/group", """
                    root:x:0:
                    daemon:x:1:
                    tty:x:5:
                    nogroup:x:65534:
                    """, "rw-r--r--");
            write(root, "etc/hostname", "localhost\n", "rw-r--r--");
            write(root, "etc/hosts", "127.0.0.1\tlocalhost\n", "rw-r--r--");
            write(root, "etc/profile", "export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n",
                    "rw-r--r--");
        } catch (IOException e) {
            throw RuntimeError.failure("cannot build busybox rootfs: " + e.getMessage(), e);
        }
    }

    public static void debian12(Path root, String mirror) {
        Cmd.check(Duration.ofMinutes(15), "debootstrap", "--variant=minbase",
                "--include=sysvinit-core,iproute2,procps", "bookworm", root.toString(), mirror);
        Path inittab = root.resolve("etc/inittab");
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(inittab)) {
                // No consoles in a container (stdio is /dev/null): gettys would respawn forever.
                if (line.matches("^[^#][^:]*:[0-9]*:respawn:/sbin/getty.*")) {
                    out.add("#" + line);
                } else if (line.matches("^[^#][^:]*::power[a-z]*:.*")) {
                    out.add("#" + line);
                } else {
                    out.add(line);
                }
            }
            // The runtime stops a Debian container with SIGPWR: shut down cleanly to runlevel 0.
            out.add("p0::powerfail:/sbin/init 0");
            Files.write(inittab, out);
            Files.writeString(root.resolve("etc/hostname"), "localhost\n");
            Files.deleteIfExists(root.resolve("etc/resolv.conf"));
            Files.writeString(root.resolve("etc/resolv.conf"), "");
        } catch (IOException e) {
            throw RuntimeError.failure("cannot adjust debian rootfs: " + e.getMessage(), e);
        }
        Cmd.quiet("chroot", root.toString(), "apt-get", "clean");
    }

    private static void write(Path root, String rel, String content, String perms) throws IOException {
        Path p = root.resolve(rel);
        Files.writeString(p, content);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    }
}
