package dev.corral.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which agent to talk to and how: the command line over the config file over built-in
 * defaults (the local agent, root's key).
 *
 * @param knownHosts OpenSSH known_hosts file holding the agent's pinned host key
 * @param acceptNew pin an unknown host key instead of refusing (never a changed one)
 */
public record Target(String host, int port, String user, Path identity, Path knownHosts, boolean acceptNew) {

    /** Written by the agent's installation, so corralctl on a host needs no options. */
    static final Path DEFAULT_CONFIG = Path.of("/etc/corral/corralctl.conf");

    static Target resolve(String hostOption, String identityOption, String configOption, boolean acceptNew)
            throws CliException {
        Path configFile = configOption != null ? Path.of(configOption) : DEFAULT_CONFIG;
        Properties config = new Properties();
        if (Files.exists(configFile) && !Files.isDirectory(configFile)) {
            try (var in = Files.newBufferedReader(configFile)) {
                config.load(in);
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, "cannot read " + configFile + ": " + e.getMessage());
            }
        } else if (configOption != null) {
            throw new CliException(ExitCodes.USAGE, "no such config file: " + configFile);
        }
        String home = System.getProperty("user.home");
        String hostPort = hostOption != null ? hostOption
                : config.getProperty("host", "127.0.0.1") + ":" + config.getProperty("port", "2222");
        String host = hostPort;
        int port = Integer.parseInt(config.getProperty("port", "2222").trim());
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && hostPort.indexOf(']') < colon) {
            host = hostPort.substring(0, colon);
            port = parsePort(hostPort.substring(colon + 1));
        }
        host = host.replace("[", "").replace("]", "");
        if (host.isBlank()) {
            throw new CliException(ExitCodes.USAGE, "empty host in '" + hostPort + "'");
        }
        Path identity = Path.of(identityOption != null ? identityOption
                : config.getProperty("identity", home + "/.ssh/id_ed25519"));
        Path knownHosts = Path.of(config.getProperty("known_hosts", home + "/.ssh/known_hosts"));
        String user = config.getProperty("user", "root");
        return new Target(host, port, user, identity, knownHosts, acceptNew);
    }

    private static int parsePort(String text) throws CliException {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "not a port: '" + text + "'");
        }
    }

    /** The same keys and known_hosts for another agent: {@code HOST[:PORT]}, the port defaulting to this one's. */
    Target withHost(String hostPort) throws CliException {
        String h = hostPort;
        int p = port;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && hostPort.indexOf(']') < colon) {
            h = hostPort.substring(0, colon);
            p = parsePort(hostPort.substring(colon + 1));
        }
        h = h.replace("[", "").replace("]", "");
        if (h.isBlank()) {
            throw new CliException(ExitCodes.USAGE, "empty host in '" + hostPort + "'");
        }
        return new Target(h, p, user, identity, knownHosts, acceptNew);
    }

    /** The known_hosts name: OpenSSH writes non-standard ports as [host]:port. */
    String knownHostsName() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }
}
