package dev.corral.testsupport;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A lab of real agent hosts in network namespaces ({@code host-agent/corral-lab}, docs/lab.md),
 * under names of its own (CORRAL_LAB_*) so it never meets another test's or a person's lab.
 * {@link #close()} takes it down, leaving nothing behind.
 */
public final class Lab implements AutoCloseable {

    /** One lab host as {@code corral-lab up --json} describes it. */
    public record LabHost(String name, String address, int port, String network, Path stateDir) {

        /** Where a test hook file goes (docs/migration.md, "Test hooks"); the agents must run with them on. */
        public Path testHook(String hook) {
            return stateDir.resolve("test-hooks").resolve(hook);
        }
    }

    private final Path script;
    private final Map<String, String> env;
    private final String net;
    private final Path seedFile;
    private final List<LabHost> hosts = new ArrayList<>();

    private Lab(String who, int count, boolean testHooks) throws IOException, InterruptedException {
        script = AgentLauncher.path().resolveSibling("corral-lab");
        SecureRandom random = new SecureRandom();
        String tag = Integer.toHexString(0x10000 + random.nextInt(0xeffff));
        net = "198.19." + (10 + random.nextInt(240));
        Map<String, String> vars = new HashMap<>(Map.of("CORRAL_LAB_NAME", who + tag,
                "CORRAL_LAB_DIR", "/tmp/corral-console-lab-" + who + tag, "CORRAL_LAB_BRIDGE", "cr" + who + tag,
                "CORRAL_LAB_NET", net));
        if (testHooks) {
            // corral-agent's own default options, plus the files in <state>/test-hooks/ that inject faults
            vars.put("CORRAL_AGENT_JAVA_OPTS",
                    "-XX:+UseSerialGC -Xms16m -Xmx256m -XX:+ExitOnOutOfMemoryError -Dcorral.testHooks=true");
        }
        env = Map.copyOf(vars);
        try {
            JsonArray list = JsonParser.parseString(run("up", String.valueOf(count), "--json")).getAsJsonArray();
            Path seed = null;
            for (int i = 0; i < list.size(); i++) {
                JsonObject h = list.get(i).getAsJsonObject();
                hosts.add(new LabHost(h.get("name").getAsString(), h.get("address").getAsString(),
                        h.get("port").getAsInt(), h.get("network").getAsString(),
                        Path.of(h.get("stateDir").getAsString())));
                seed = Path.of(h.get("seedFile").getAsString());
            }
            seedFile = seed;
        } catch (IOException | RuntimeException | Error e) {
            // whatever failed after (or during) up, the namespaces and agents must not outlive the test
            close();
            throw e;
        }
    }

    /**
     * @param who two letters naming whose lab it is in its names (the lab's, its directory's and
     *            bridge's), e.g. "cs" for the core tests
     */
    public static Lab up(String who, int count) throws IOException, InterruptedException {
        return new Lab(checked(who), count, false);
    }

    /** A lab whose agents honour test hooks ({@link LabHost#testHook}). */
    public static Lab withTestHooks(String who, int count) throws IOException, InterruptedException {
        return new Lab(checked(who), count, true);
    }

    /** The bridge's name is "cr" + who + 5 hex digits: a link name has at most 15 characters. */
    private static String checked(String who) {
        if (!who.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("a lab is named by two lower-case letters, not " + who);
        }
        return who;
    }

    public List<LabHost> hosts() {
        return hosts;
    }

    /** The console's seed file: the hosts, their pinned keys and the lab's client key. */
    public Path seedFile() {
        return seedFile;
    }

    /** An address on the lab's LAN for a container (clear of hosts and clients). */
    public String lanAddress(int octet) {
        return net + "." + octet;
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectErrorStream(false);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("corral-lab " + String.join(" ", args) + " did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException("corral-lab " + String.join(" ", args) + " failed (" + p.exitValue() + ")");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            run("down");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("corral-lab down failed: remove the lab by hand (" + env + ")", e);
        }
    }
}
