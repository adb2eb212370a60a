package dev.corral.cli;

import dev.corral.protocol.Limits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resource options shared by create and set, and --sysctl k=v. */
final class LimitOptions {

    static final List<String> NAMES = List.of("memory", "swap", "cpus", "cpu-weight", "cpuset", "pids",
            "io-weight", "sysctl", "onboot");

    private LimitOptions() {
    }

    /** @return the limits given, or null when none was */
    static Limits limits(Args a) throws CliException {
        if (!(a.has("memory") || a.has("swap") || a.has("cpus") || a.has("cpu-weight") || a.has("cpuset")
                || a.has("pids") || a.has("io-weight"))) {
            return null;
        }
        return new Limits(
                a.has("memory") ? unlimited(a.option("memory")) ? REMOVE : Sizes.parse(a.option("memory")) : null,
                a.has("swap") ? unlimited(a.option("swap")) ? REMOVE : Sizes.parse(a.option("swap")) : null,
                a.has("cpus") ? unlimited(a.option("cpus")) ? (double) REMOVE : decimal("cpus", a.option("cpus")) : null,
                a.has("cpu-weight") ? (int) integer("cpu-weight", a.option("cpu-weight")) : null,
                a.option("cpuset"),
                a.has("pids") ? unlimited(a.option("pids")) ? REMOVE : integer("pids", a.option("pids")) : null,
                a.has("io-weight") ? (int) integer("io-weight", a.option("io-weight")) : null);
    }

    /** The protocol's "remove this limit" (only set accepts it; create answers with a usage error). */
    private static final long REMOVE = -1;

    private static boolean unlimited(String value) {
        return "unlimited".equals(value) || "none".equals(value);
    }

    static Map<String, String> sysctls(Args a) throws CliException {
        if (!a.has("sysctl")) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String kv : a.all("sysctl")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new CliException(ExitCodes.USAGE, "--sysctl wants key=value, got '" + kv + "'");
            }
            map.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        return map;
    }

    static Boolean onboot(Args a) throws CliException {
        String v = a.option("onboot");
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "yes", "true", "on" -> Boolean.TRUE;
            case "no", "false", "off" -> Boolean.FALSE;
            default -> throw new CliException(ExitCodes.USAGE, "--onboot wants yes or no, got '" + v + "'");
        };
    }

    private static long integer(String name, String text) throws CliException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "--" + name + " wants a whole number, got '" + text + "'");
        }
    }

    private static double decimal(String name, String text) throws CliException {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "--" + name + " wants a number, got '" + text + "'");
        }
    }
}
