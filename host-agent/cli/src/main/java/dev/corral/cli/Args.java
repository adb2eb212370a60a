package dev.corral.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments: positionals, {@code --name value} options (repeatable), flags, and
 * everything after {@code --} kept verbatim for exec.
 */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> rest = new ArrayList<>();

    /** @param flags option names that take no value */
    static Args parse(List<String> tokens, List<String> valued, List<String> flags) throws CliException {
        Args a = new Args();
        Deque<String> q = new ArrayDeque<>(tokens);
        while (!q.isEmpty()) {
            String t = q.poll();
            if (t.equals("--")) {
                a.rest.addAll(q);
                break;
            }
            if (t.startsWith("--")) {
                String name = t.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (q.isEmpty()) {
                            throw new CliException(ExitCodes.USAGE, "--" + name + " needs a value");
                        }
                        value = q.poll();
                    }
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new CliException(ExitCodes.USAGE, "unknown option --" + name);
                }
            } else {
                a.positional.add(t);
            }
        }
        return a;
    }

    List<String> positional() {
        return positional;
    }

    String positional(int index, String what) throws CliException {
        if (index >= positional.size()) {
            throw new CliException(ExitCodes.USAGE, "missing " + what);
        }
        return positional.get(index);
    }

    void expectPositionals(int count) throws CliException {
        if (positional.size() > count) {
            throw new CliException(ExitCodes.USAGE, "unexpected argument '" + positional.get(count) + "'");
        }
    }

    String option(String name) {
        List<String> v = options.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    List<String> rest() {
        return rest;
    }
}
