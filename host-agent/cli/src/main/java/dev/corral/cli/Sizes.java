package dev.corral.cli;

import java.util.Locale;

/** Parses and prints byte sizes the way vzctl users write them: 512M, 2G, 1048576. */
final class Sizes {

    private static final String UNITS = "KMGTP";

    private Sizes() {
    }

    static long parse(String text) throws CliException {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.endsWith("IB")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("B") && s.length() > 1 && UNITS.indexOf(s.charAt(s.length() - 2)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        int shift = 0;
        if (!s.isEmpty() && UNITS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            shift = 10 * (UNITS.indexOf(s.charAt(s.length() - 1)) + 1);
            s = s.substring(0, s.length() - 1);
        }
        try {
            long value = Long.parseLong(s);
            if (value < 0 || (shift > 0 && value > (Long.MAX_VALUE >> shift))) {
                throw new NumberFormatException();
            }
            return value << shift;
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "not a size: '" + text + "' (examples: 512M, 2G, 1048576)");
        }
    }

    /** Exact sizes print as limits are written (512M); others rounded to one decimal (23.4G). */
    static String format(Long bytes) {
        if (bytes == null) {
            return "-";
        }
        long b = bytes;
        int unit = -1;
        while (b >= 1024 && b % 1024 == 0 && unit < UNITS.length() - 1) {
            b /= 1024;
            unit++;
        }
        if (b < 1024 || unit == UNITS.length() - 1) {
            return unit < 0 ? Long.toString(b) : b + String.valueOf(UNITS.charAt(unit));
        }
        double v = bytes;
        unit = -1;
        while (v >= 1024 && unit < UNITS.length() - 1) {
            v /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f%c", v, UNITS.charAt(unit));
    }
}
