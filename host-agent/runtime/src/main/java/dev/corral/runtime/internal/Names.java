package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;

import java.util.regex.Pattern;

/** Names that become directory names, runc ids and hostnames: DNS labels only. */
public final class Names {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern HOSTNAME =
            Pattern.compile("(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

    private Names() {
    }

    /** Lower-case DNS label: no dots, slashes or "..", so it cannot escape the state directory. */
    public static String label(String what, String name) {
        if (name == null || !LABEL.matcher(name).matches()) {
            throw RuntimeError.invalid(what + " name must be a DNS label (a-z, 0-9, '-', 1-63 chars, "
                    + "not starting or ending with '-'): " + quote(name));
        }
        return name;
    }

    public static String hostname(String h) {
        if (h == null || !HOSTNAME.matcher(h).matches() || h.length() > 64) {
            throw RuntimeError.invalid("not a valid hostname: " + quote(h));
        }
        return h;
    }

    static String quote(String s) {
        return s == null ? "(none)" : "'" + s.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
