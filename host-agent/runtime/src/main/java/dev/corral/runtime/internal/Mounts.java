package dev.corral.runtime.internal;

import com.sun.jna.Native;
import dev.corral.runtime.RuntimeError;
import dev.corral.runtime.internal.netlink.Libc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Overlay mounts of container roots, and what /proc/self/mountinfo says is mounted. */
public final class Mounts {

    private Mounts() {
    }

    public static List<String> mountPoints() {
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
                String[] f = line.split(" ");
                if (f.length > 4) {
                    out.add(unescape(f[4]));
                }
            }
        } catch (IOException e) {
            throw RuntimeError.failure("cannot read /proc/self/mountinfo: " + e.getMessage(), e);
        }
        return out;
    }

    public static boolean isMounted(Path p) {
        return mountPoints().contains(p.toAbsolutePath().normalize().toString());
    }

    public static boolean anyMountAtOrBelow(Path p) {
        String s = p.toAbsolutePath().normalize().toString();
        for (String m : mountPoints()) {
            if (m.equals(s) || m.startsWith(s + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Mounts lower (read-only) + upper/work at merged. Paths are checked free of ',' and ':'. */
    public static void mountOverlay(Path lower, Path upper, Path work, Path merged) {
        String opts = "lowerdir=" + safe(lower) + ",upperdir=" + safe(upper) + ",workdir=" + safe(work);
        String target = safe(merged);
        // The system call itself, as mount(8) makes it: launching mount(8) and its own start-up
        // cost a start 2-5 ms for a call the kernel answers in a fraction of one.
        if (Libc.C.mount("overlay", target, "overlay", 0, opts) != 0) {
            throw RuntimeError.failure("cannot mount overlay on " + target + " (" + opts + "): "
                    + Libc.describe(Native.getLastError()));
        }
    }

    /** Unmounts every mount stacked at p (bind mounts may pile up after crashes). */
    public static void unmount(Path p) {
        String target = p.toString();
        for (int i = 0; i < 8 && isMounted(p); i++) {
            if (Libc.C.umount2(target, 0) != 0 && Native.getLastError() == Libc.EBUSY) {
                // Busy: something still has files open. Lazy unmount detaches it from the
                // namespace now; the kernel frees it when the last user goes.
                Libc.C.umount2(target, Libc.MNT_DETACH);
            }
        }
        if (isMounted(p)) {
            throw RuntimeError.failure("cannot unmount " + p);
        }
    }

    private static String safe(Path p) {
        String s = p.toAbsolutePath().normalize().toString();
        if (s.contains(",") || s.contains(":") || s.contains("\\")) {
            throw RuntimeError.invalid("path not usable for overlayfs (contains , : or \\): " + s);
        }
        return s;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length()) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
