package dev.corral.agent.internal;

/** A {@code HOST:PORT} value; IPv6 literals are written in brackets, {@code [::1]:2222}. */
public record HostPort(String host, int port) {

    public static HostPort parse(String value) throws UsageException {
        String host;
        String portText;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || close + 1 >= value.length() || value.charAt(close + 1) != ':') {
                throw new UsageException("bad listen address '" + value + "', expected [IPV6]:PORT");
            }
            host = value.substring(1, close);
            portText = value.substring(close + 2);
        } else {
            int colon = value.lastIndexOf(':');
            if (colon <= 0 || value.indexOf(':') != colon) {
                throw new UsageException("bad listen address '" + value + "', expected HOST:PORT");
            }
            host = value.substring(0, colon);
            portText = value.substring(colon + 1);
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new UsageException("bad port '" + portText + "' in listen address '" + value + "'");
        }
        if (host.isEmpty() || port < 0 || port > 65535) {
            throw new UsageException("bad listen address '" + value + "', expected HOST:PORT with PORT 0-65535");
        }
        return new HostPort(host, port);
    }

    /** How a parent process reads it back: brackets around IPv6 literals. */
    public static String format(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
