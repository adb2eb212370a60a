package dev.corral.core.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.corral.core.CorralCore;
import dev.corral.core.StatusCodes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * Hosts to register at start-up as trusted defaults (format: the bundle's README). Either a
 * properties file or JSON; the first non-blank character decides.
 */
public final class SeedFile {

    /** One seeded host; {@code hostKey} is an OpenSSH public key line, already read from a file if given so. */
    public record SeedHost(String name, String address, int port, String user, String keyFile, String hostKey,
            boolean local) {
    }

    public static final String PROPERTY = "corral.seed";
    public static final String ARGUMENT = "-corralSeed";

    private SeedFile() {
    }

    /** The seed file named by {@code -corralSeed FILE} among the arguments, else by the system property. */
    public static Path locate(String[] applicationArgs) {
        if (applicationArgs != null) {
            for (int i = 0; i + 1 < applicationArgs.length; i++) {
                if (ARGUMENT.equals(applicationArgs[i])) {
                    return Path.of(applicationArgs[i + 1]);
                }
            }
        }
        String property = System.getProperty(PROPERTY);
        return property == null || property.isBlank() ? null : Path.of(property);
    }

    public static List<SeedHost> read(Path file) throws CoreException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String trimmed = text.strip();
            Path base = file.toAbsolutePath().getParent();
            List<SeedHost> hosts = trimmed.startsWith("{") || trimmed.startsWith("[") ? fromJson(trimmed, base)
                    : fromProperties(text, base);
            return hosts;
        } catch (IOException e) {
            throw invalid(file, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw invalid(file, String.valueOf(e.getMessage()), e);
        }
    }

    private static List<SeedHost> fromJson(String text, Path base) throws IOException {
        JsonElement root = JsonParser.parseString(text);
        JsonArray array = root.isJsonArray() ? root.getAsJsonArray() : root.getAsJsonObject().getAsJsonArray("hosts");
        List<SeedHost> hosts = new ArrayList<>();
        if (array != null) {
            for (JsonElement e : array) {
                JsonObject o = e.getAsJsonObject();
                hosts.add(host(base, str(o, "name"), str(o, "address"), str(o, "port"), str(o, "user"),
                        str(o, "keyFile"), str(o, "hostKey"), str(o, "hostKeyFile"), str(o, "local")));
            }
        }
        return hosts;
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e instanceof JsonPrimitive p ? p.getAsString() : null;
    }

    private static List<SeedHost> fromProperties(String text, Path base) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        List<SeedHost> hosts = new ArrayList<>();
        String names = p.getProperty("hosts");
        if (names == null) {
            // a single host with unprefixed keys: the simplest file a start script can write
            hosts.add(host(p, "", p.getProperty("name"), base));
        } else {
            for (String name : names.split("[,\\s]+")) {
                if (!name.isEmpty()) {
                    hosts.add(host(p, name + ".", name, base));
                }
            }
        }
        return hosts;
    }

    private static SeedHost host(Properties p, String prefix, String name, Path base) throws IOException {
        return host(base, name, p.getProperty(prefix + "address"), p.getProperty(prefix + "port"),
                p.getProperty(prefix + "user"), p.getProperty(prefix + "keyFile"), p.getProperty(prefix + "hostKey"),
                p.getProperty(prefix + "hostKeyFile"), p.getProperty(prefix + "local"));
    }

    private static SeedHost host(Path base, String name, String address, String port, String user, String keyFile,
            String hostKey, String hostKeyFile, String local) throws IOException {
        if (blank(name) || blank(address)) {
            throw new IOException(Messages.SeedFile_nameAndAddress);
        }
        String key = hostKey;
        if (blank(key) && !blank(hostKeyFile)) {
            key = Files.readString(base.resolve(hostKeyFile.strip()), StandardCharsets.UTF_8).strip();
        }
        return new SeedHost(name.strip(), address.strip(), blank(port) ? 2222 : Integer.parseInt(port.strip()),
                blank(user) ? "root" : user.strip(), blank(keyFile) ? null : base.resolve(keyFile.strip()).toString(),
                blank(key) ? null : key.strip(), Boolean.parseBoolean(blank(local) ? "false" : local.strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static CoreException invalid(Path file, String reason, Throwable cause) {
        return CorralCore.exception(StatusCodes.STORAGE, NLS.bind(Messages.SeedFile_invalid, file, reason), cause);
    }
}
