package dev.corral.agent.internal;

import dev.corral.agent.AgentConfig;
import dev.corral.runtime.NetworkMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agent's flags and its config file. The file holds {@code key=value} lines with the flags'
 * names without dashes; flags override the file.
 *
 * @param config the configuration to run with
 * @param action what to do with it
 */
public record CommandLine(AgentConfig config, Action action) {

    public enum Action { RUN, PRINT_HOST_KEY, HELP, VERSION }

    static final String LISTEN = "listen";
    static final String STATE_DIR = "state-dir";
    static final String AUTHORIZED_KEYS = "authorized-keys";
    static final String LOG_LEVEL = "log-level";
    static final String CONFIG = "config";
    static final String BRIDGE = "bridge";
    static final String SUBNET = "subnet";
    static final String NETWORK_MODE = "network-mode";
    static final String LAN_INTERFACE = "lan-interface";

    /** Keys valid both as flags and in the config file. */
    private static final Set<String> VALUE_KEYS = Set.of(LISTEN, STATE_DIR, AUTHORIZED_KEYS, LOG_LEVEL, BRIDGE,
            SUBNET, NETWORK_MODE, LAN_INTERFACE);
    private static final List<String> LEVELS = List.of("error", "warn", "info", "debug", "trace");

    public static final String USAGE = String.join("\n",
            "Usage: corral-agent [options]",
            "  --listen HOST:PORT        address to serve SSH on (default "
                    + AgentConfig.DEFAULT_HOST + ":" + AgentConfig.DEFAULT_PORT + "; port 0 picks a free port)",
            "  --state-dir DIR           state directory (default " + AgentConfig.DEFAULT_STATE_DIR + ")",
            "  --authorized-keys FILE    OpenSSH authorized_keys (default <state-dir>/authorized_keys)",
            "  --config FILE             key=value file with the same keys (default "
                    + AgentConfig.DEFAULT_CONFIG_FILE + " when present)",
            "  --bridge NAME             host bridge for the containers (default " + AgentConfig.DEFAULT_BRIDGE
                    + ", created if absent)",
            "  --subnet CIDR             the containers' IPv4 subnet; the bridge gets its first address (default "
                    + AgentConfig.DEFAULT_SUBNET + "); routed: the LAN's subnet (required)",
            "  --network-mode MODE       bridged (default): containers behind the bridge; routed: containers take",
            "                            addresses of the LAN, routed by this host (needed to migrate between hosts)",
            "  --lan-interface NAME      routed: this host's interface on the LAN (required)",
            "  --log-level LEVEL         error, warn, info, debug or trace (default info)",
            "  --print-host-key          print the host public key and its SHA256 fingerprint, then exit",
            "  --version                 print the agent's version, then exit",
            "  --help                    print this help, then exit",
            "");

    /**
     * @param defaultConfig the config file read when no --config is given, if it exists
     */
    public static CommandLine parse(String[] args, Path defaultConfig) throws UsageException {
        Map<String, String> flags = new LinkedHashMap<>();
        Action action = Action.RUN;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Action flagAction = switch (name) {
                case "print-host-key" -> Action.PRINT_HOST_KEY;
                case "help" -> Action.HELP;
                case "version" -> Action.VERSION;
                default -> null;
            };
            if (flagAction != null) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                action = action == Action.RUN ? flagAction : action;
                continue;
            }
            if (!VALUE_KEYS.contains(name) && !CONFIG.equals(name)) {
                throw new UsageException("unknown option: --" + name);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            flags.put(name, value);
        }
        if (action == Action.HELP || action == Action.VERSION) {
            return new CommandLine(AgentConfig.of(AgentConfig.DEFAULT_STATE_DIR), action);
        }
        Map<String, String> merged = new LinkedHashMap<>();
        String configFlag = flags.remove(CONFIG);
        if (configFlag != null) {
            merged.putAll(readConfig(Path.of(configFlag)));
        } else if (defaultConfig != null && Files.isRegularFile(defaultConfig)) {
            merged.putAll(readConfig(defaultConfig));
        }
        merged.putAll(flags);
        return new CommandLine(toConfig(merged), action);
    }

    static Map<String, String> readConfig(Path file) throws UsageException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String where = file + ":" + (n + 1) + ": ";
            if (eq <= 0) {
                throw new UsageException(where + "expected key=value, got: " + line);
            }
            String key = line.substring(0, eq).strip();
            if (!VALUE_KEYS.contains(key)) {
                throw new UsageException(where + "unknown key: " + key);
            }
            values.put(key, line.substring(eq + 1).strip());
        }
        return values;
    }

    private static AgentConfig toConfig(Map<String, String> values) throws UsageException {
        String host = AgentConfig.DEFAULT_HOST;
        int port = AgentConfig.DEFAULT_PORT;
        if (values.containsKey(LISTEN)) {
            HostPort hp = HostPort.parse(values.get(LISTEN));
            host = hp.host();
            port = hp.port();
        }
        Path stateDir = path(values, STATE_DIR, AgentConfig.DEFAULT_STATE_DIR);
        Path authorizedKeys = path(values, AUTHORIZED_KEYS, null);
        String level = values.getOrDefault(LOG_LEVEL, AgentConfig.DEFAULT_LOG_LEVEL).toLowerCase();
        if (!LEVELS.contains(level)) {
            throw new UsageException("bad log level '" + level + "', expected one of " + LEVELS);
        }
        String bridge = values.getOrDefault(BRIDGE, AgentConfig.DEFAULT_BRIDGE);
        if (!bridge.matches("[A-Za-z0-9_-]{1,15}")) {
            throw new UsageException("bad bridge name '" + bridge + "': 1-15 letters, digits, '-' or '_'");
        }
        String mode = values.getOrDefault(NETWORK_MODE, "bridged").toLowerCase();
        if (!mode.equals("bridged") && !mode.equals("routed")) {
            throw new UsageException("bad network mode '" + mode + "', expected bridged or routed");
        }
        boolean routed = mode.equals("routed");
        String lan = values.get(LAN_INTERFACE);
        if (routed && (lan == null || !values.containsKey(SUBNET))) {
            throw new UsageException("--network-mode routed needs --lan-interface and --subnet (the LAN's subnet)");
        }
        if (lan != null && !lan.matches("[A-Za-z0-9_.-]{1,15}")) {
            throw new UsageException("bad LAN interface name '" + lan + "'");
        }
        String subnet = values.getOrDefault(SUBNET, AgentConfig.DEFAULT_SUBNET);
        if (!subnet.matches("(\\d{1,3}\\.){3}\\d{1,3}/([89]|[12]\\d|30)")) {
            throw new UsageException("bad subnet '" + subnet + "', expected an IPv4 CIDR like 10.213.0.0/24 (/8 to /30)");
        }
        return new AgentConfig(host, port, stateDir, authorizedKeys, level, bridge, subnet,
                routed ? NetworkMode.ROUTED : NetworkMode.BRIDGED, routed ? lan : null);
    }

    private static Path path(Map<String, String> values, String key, Path fallback) throws UsageException {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value.isBlank()) {
            throw new UsageException(key + " must not be empty");
        }
        return Path.of(value);
    }
}
