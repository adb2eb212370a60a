package dev.corral.core;

import dev.corral.core.internal.Messages;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.osgi.util.NLS;

/**
 * The text forms of container limits, as the operator types them: sizes like {@code 512M} or
 * {@code 1.5G} (binary units), CPUs like {@code 1.5}, a weight, a cpuset list, a pid count. An
 * empty text means "no limit". Parsing checks syntax and plain ranges only; whether a host can
 * grant a value is the agent's to say.
 */
public final class LimitValues {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGT]?)(?:I?B)?");
    private static final Pattern CPUSET = Pattern.compile("\\d+(-\\d+)?(,\\d+(-\\d+)?)*");
    private static final String UNITS = "KMGT"; //$NON-NLS-1$
    public static final int MIN_CPU_WEIGHT = 1;
    public static final int MAX_CPU_WEIGHT = 10_000;

    private LimitValues() {
    }

    /** Bytes from {@code 512M}, {@code 1G}, {@code 1.5GiB}, {@code 4096}; null for empty. */
    public static Long size(String text, String what) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(NLS.bind(Messages.LimitValues_size, what, text.strip()));
        }
        BigDecimal value = new BigDecimal(m.group(1));
        int unit = m.group(2).isEmpty() ? 0 : UNITS.indexOf(m.group(2)) + 1;
        BigDecimal bytes = value.multiply(BigDecimal.valueOf(1L << (10 * unit)));
        if (bytes.signum() <= 0 || bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException(NLS.bind(Messages.LimitValues_size, what, text.strip()));
        }
        return bytes.longValue();
    }

    /** The shortest exact form: {@code 512M}, {@code 1G}, {@code 1536K}; empty for 0 (no limit). */
    public static String formatSize(long bytes) {
        if (bytes <= 0) {
            return ""; //$NON-NLS-1$
        }
        int unit = 0;
        long value = bytes;
        while (unit < UNITS.length() && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? Long.toString(value) : value + UNITS.substring(unit - 1, unit);
    }

    /** CPUs' worth of time, e.g. {@code 0.5} or {@code 2}; null for empty. */
    public static Double cpus(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(t);
            if (value > 0 && value <= 4096 && !t.contains("e") && !t.contains("E")) { //$NON-NLS-1$ //$NON-NLS-2$
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(NLS.bind(Messages.LimitValues_cpus, t));
    }

    public static String formatCpus(double cpus) {
        if (cpus <= 0) {
            return ""; //$NON-NLS-1$
        }
        return BigDecimal.valueOf(cpus).stripTrailingZeros().toPlainString();
    }

    /** Relative weight 1-10000; null for empty (the default, 100). */
    public static Integer cpuWeight(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(t);
            if (value >= MIN_CPU_WEIGHT && value <= MAX_CPU_WEIGHT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                NLS.bind(Messages.LimitValues_cpuWeight, new Object[] { t, MIN_CPU_WEIGHT, MAX_CPU_WEIGHT }));
    }

    /** A cpuset list such as {@code 0-1,3}; null for empty. */
    public static String cpuset(String text) {
        String t = text.strip().replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (t.isEmpty()) {
            return null;
        }
        if (!CPUSET.matcher(t).matches()) {
            throw new IllegalArgumentException(NLS.bind(Messages.LimitValues_cpuset, t));
        }
        return t;
    }

    /** Maximum processes, at least 1; null for empty. */
    public static Long pids(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            long value = Long.parseLong(t);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(NLS.bind(Messages.LimitValues_pids, t));
    }

    public static String formatCount(long value) {
        return value <= 0 ? "" : Long.toString(value); //$NON-NLS-1$
    }
}
