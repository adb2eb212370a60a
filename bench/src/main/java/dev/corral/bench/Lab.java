package dev.corral.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.cli.AgentSession;
import dev.corral.cli.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A two-host {@code corral-lab} of its own (random CORRAL_LAB_* names, so it never meets an
 * operator's lab or a test's), with an SSH session to each agent.
 */
final class Lab implements AutoCloseable {

    static final int PORT = 2222;

    /** One lab host: its agent's address, state directory and host key, and a session to it. */
    record Host(int number, String address, Path stateDir, String hostKey, AgentSession session) {
    }

    final Path dir;
    final String net;
    final List<Host> hosts = new ArrayList<>();
    private final Path script;
    private final String name;
    private final String bridge;

    private Lab(Path hostAgent) throws IOException, InterruptedException {
        String tag = Integer.toHexString(0x10000 + ThreadLocalRandom.current().nextInt(0xeffff));
        this.script = hostAgent.resolve("corral-lab");
        this.name = "mb" + tag;
        this.dir = Path.of("/tmp/corral-bench-" + tag);
        this.bridge = "crmb" + tag;
        this.net = freeNet();
    }

    static Lab up(Path hostAgent, int hosts) throws Exception {
        Lab lab = new Lab(hostAgent);
        try {
            JsonArray list = JsonParser.parseString(lab.run("up", Integer.toString(hosts), "--json")).getAsJsonArray();
            for (JsonElement e : list) {
                JsonObject h = e.getAsJsonObject();
                String address = h.get("address").getAsString();
                AgentSession s = AgentSession.open(new Target(address, PORT, "root", lab.dir.resolve("id_ed25519"),
                        lab.dir.resolve("known_hosts"), false));
                lab.hosts.add(new Host(lab.hosts.size() + 1, address, Path.of(h.get("stateDir").getAsString()),
                        h.get("hostKey").getAsString(), s));
            }
            return lab;
        } catch (Exception e) {
            lab.close();
            throw e;
        }
    }

    Host host(int number) {
        return hosts.get(number - 1);
    }

    /** A 198.19.x.0/24 that no interface here uses yet. */
    private static String freeNet() throws IOException, InterruptedException {
        String addrs = Shell.run(List.of("ip", "-o", "-4", "addr"));
        for (int i = 0; i < 50; i++) {
            String n = "198.19." + (100 + ThreadLocalRandom.current().nextInt(150));
            if (!addrs.contains(n + ".")) {
                return n;
            }
        }
        throw new IOException("no free 198.19.x.0/24 found");
    }

    String run(String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(script.toString()));
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.put("CORRAL_LAB_NAME", name);
        env.put("CORRAL_LAB_DIR", dir.toString());
        env.put("CORRAL_LAB_BRIDGE", bridge);
        env.put("CORRAL_LAB_NET", net);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("corral-lab " + String.join(" ", args) + " failed (exit "
                    + (p.isAlive() ? "none" : p.exitValue()) + "); see " + dir + "/h*.log");
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        for (Host h : hosts) {
            h.session().close();
        }
        String keep = System.getProperty("keepLogs");
        if (keep != null && Files.isDirectory(dir)) {
            // the agents' logs say where a migration's time went (dump, unpack, criu restore, ...)
            Shell.quiet(List.of("sh", "-c", "mkdir -p " + keep + " && cp " + dir + "/h*.log " + keep + "/"));
        }
        if (Files.exists(dir) || !hosts.isEmpty()) {
            run("down");
        }
    }
}
