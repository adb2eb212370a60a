package dev.corral.lab;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * corral-lab end to end: a lab of two real agents in network namespaces, reached over SSH with the
 * lab's key and pinned host keys, replaced, then taken down without a trace. The lab gets names of
 * its own (CORRAL_LAB_*), so a developer's running lab is left alone. Needs root and a packaged
 * agent (the reactor builds it first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorralLabTest {

    static final Path SCRIPT = Path.of(System.getProperty("corral.lab.script", "../corral-lab")).toAbsolutePath().normalize();

    String lab;
    Path dir;
    String bridge;
    String net;
    final List<Long> agentPids = new ArrayList<>();

    @BeforeAll
    void names() {
        Random rnd = new Random();
        String tag = Integer.toHexString(0x100000 + rnd.nextInt(0xeffff));
        lab = "t" + tag;
        dir = Path.of("/tmp/corral-lab-test-" + tag);
        bridge = "crlt" + tag;
        net = "198.19." + (10 + rnd.nextInt(240));
    }

    @AfterAll
    void down() throws Exception {
        // Whatever the test got to: the lab goes (the test itself asserts that down is complete).
        lab("down");
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    Result lab(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(SCRIPT.toString()));
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv);
        Map<String, String> env = pb.environment();
        env.put("CORRAL_LAB_NAME", lab);
        env.put("CORRAL_LAB_DIR", dir.toString());
        env.put("CORRAL_LAB_BRIDGE", bridge);
        env.put("CORRAL_LAB_NET", net);
        Path err = Files.createTempFile("corral-lab-", ".err");
        try {
            Process p = pb.redirectError(err.toFile()).start();
            p.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p));
            if (!p.waitFor(150, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("corral-lab " + String.join(" ", args) + " timed out");
            }
            return new Result(p.exitValue(), out.get(10, TimeUnit.SECONDS), Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    static String readAll(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    Result ok(String... args) throws Exception {
        Result r = lab(args);
        assertEquals(0, r.exitCode(), () -> "corral-lab " + String.join(" ", args) + ": " + r.stderr() + r.stdout());
        return r;
    }

    @Test
    void upGivesReachableHostsAndDownLeavesNothing() throws Exception {
        JsonArray hosts = JsonParser.parseString(ok("up", "2", "--json").stdout()).getAsJsonArray();
        assertEquals(2, hosts.size());
        Properties seed = new Properties();
        seed.load(new StringReader(Files.readString(dir.resolve("seed.properties"))));
        assertEquals(lab + "-h1 " + lab + "-h2", seed.getProperty("hosts"));
        for (int k = 1; k <= 2; k++) {
            JsonObject h = hosts.get(k - 1).getAsJsonObject();
            String name = h.get("name").getAsString();
            assertEquals(lab + "-h" + k, name);
            assertEquals(net + "." + (10 + k), h.get("address").getAsString());
            assertEquals(2222, h.get("port").getAsInt());
            assertEquals(dir.resolve("id_ed25519").toString(), h.get("identityFile").getAsString());
            String hostKey = h.get("hostKey").getAsString();
            assertTrue(Files.readString(dir.resolve("h" + k).resolve("ssh_host_ed25519_key.pub")).startsWith(hostKey));
            assertEquals(fingerprint(hostKey), h.get("fingerprint").getAsString());
            assertEquals(h.get("address").getAsString(), seed.getProperty(name + ".address"));
            assertTrue(seed.getProperty(name + ".hostKey").startsWith(hostKey));
            agentPids.add(h.get("pid").getAsLong());

            JsonObject hello = hello(null, h.get("address").getAsString());
            assertEquals(1, hello.getAsJsonObject("result").get("protocolVersion").getAsInt(), hello.toString());
        }
        // Each host has its own agent id, so cgroups, runc roots and netns names cannot collide.
        assertEquals(lab + "h1", Files.readString(dir.resolve("h1/agent.id")).strip());
        assertEquals(lab + "h2", Files.readString(dir.resolve("h2/agent.id")).strip());

        String status = ok("status").stdout();
        assertTrue(status.contains(lab + "-h1") && status.contains(lab + "-h2") && status.contains("pid "), status);

        // A client namespace on the LAN reaches the hosts there (not through the root namespace).
        String[] client = ok("client", "probe").stdout().strip().split(" ");
        assertEquals("corral-" + lab + "-c-probe", client[0]);
        assertEquals(net + ".200/24", client[1]);
        JsonObject fromClient = hello(client[0], net + ".12");
        assertEquals(1, fromClient.getAsJsonObject("result").get("protocolVersion").getAsInt());

        // A container on host 1. Routed networking (when the agent has it): it takes a LAN address
        // and the client reaches it. Bridged: an address behind host 1's own bridge.
        boolean routed = hosts.get(0).getAsJsonObject().get("network").getAsString().equals("routed");
        String ip = routed ? net + ".50" : "10.213.0.50";
        List<JsonObject> answers = rpc(null, net + ".11",
                request(2, "template.build", "{\"name\":\"busybox\"}"),
                request(3, "container.create", "{\"name\":\"web\",\"template\":\"busybox\",\"ipAddress\":\"" + ip + "\"}"),
                request(4, "container.start", "{\"name\":\"web\"}"),
                request(5, "container.exec", "{\"name\":\"web\",\"command\":[\"/bin/sh\",\"-c\","
                        + "\"mkdir -p /www && echo served-by-h1 > /www/index.html && httpd -p 80 -h /www\"]}"));
        for (JsonObject a : answers) {
            assertTrue(a.has("result"), a.toString());
        }
        assertEquals(0, answers.get(4).getAsJsonObject("result").get("exitCode").getAsInt(), answers.get(4).toString());
        if (routed) {
            assertEquals("served-by-h1", curl(client[0], ip));
        }

        // up on a running lab replaces it: one host now, the old agents gone.
        JsonArray again = JsonParser.parseString(ok("up", "1", "--json").stdout()).getAsJsonArray();
        assertEquals(1, again.size());
        for (long pid : agentPids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "old agent " + pid);
        }
        assertFalse(Files.exists(Path.of("/run/netns/corral-" + lab + "-h2")));
        assertFalse(Files.exists(Path.of("/run/netns/" + client[0])));
        agentPids.add(again.get(0).getAsJsonObject().get("pid").getAsLong());
        hello(null, net + ".11");

        ok("down");
        assertEquals(List.of(), leftovers());
        assertTrue(ok("status").stdout().contains("is down"));
    }

    static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    static final String HELLO = request(1, "hello",
            "{\"protocolVersion\":1,\"minProtocolVersion\":1,\"client\":\"corral-lab-test\"}");

    JsonObject hello(String netns, String address) throws Exception {
        return rpc(netns, address).get(0);
    }

    /** The body of http://ip/ fetched from netns (1 s timeout per try, polled up to 10 s). */
    static String curl(String netns, String ip) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String body = null;
        while (body == null && System.nanoTime() < deadline) {
            Process p = new ProcessBuilder("nsenter", "--net=/run/netns/" + netns, "--", "curl", "-s", "-m", "1",
                    "http://" + ip + "/").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = readAll(p);
            if (p.waitFor(15, TimeUnit.SECONDS) && p.exitValue() == 0) {
                body = out.strip();
            }
        }
        return body;
    }

    /**
     * hello, then each request in turn (waiting for its answer), over OpenSSH with the lab's key,
     * pinned host keys and no prompts; from netns if given. The answers, hello's first.
     */
    List<JsonObject> rpc(String netns, String address, String... requests) throws Exception {
        List<String> argv = new ArrayList<>();
        if (netns != null) {
            argv.addAll(List.of("nsenter", "--net=/run/netns/" + netns, "--"));
        }
        argv.addAll(List.of("ssh", "-p", "2222", "-i", dir.resolve("id_ed25519").toString(),
                "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"), "-o", "GlobalKnownHostsFile=/dev/null",
                "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                "-o", "ConnectTimeout=10", "-s", "root@" + address, "corral@corral.dev"));
        Process p = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> readLine(in));
            OutputStream out = p.getOutputStream();
            List<String> all = new ArrayList<>(List.of(HELLO));
            all.addAll(List.of(requests));
            List<JsonObject> answers = new ArrayList<>();
            for (String r : all) {
                out.write((r + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = line.get(90, TimeUnit.SECONDS);
                assertTrue(answer != null, "no answer from " + address + " to " + r);
                answers.add(JsonParser.parseString(answer).getAsJsonObject());
                line = CompletableFuture.supplyAsync(() -> readLine(in));
            }
            out.close();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "ssh did not end");
            return answers;
        } finally {
            p.destroyForcibly();
        }
    }

    static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    /** OpenSSH's SHA256 fingerprint of a public key line. */
    static String fingerprint(String keyLine) throws Exception {
        byte[] blob = Base64.getDecoder().decode(keyLine.split(" ")[1]);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(blob);
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
    }

    /** Every kind of trace a lab could leave, named. */
    List<String> leftovers() throws IOException {
        List<String> out = new ArrayList<>();
        for (String ns : list(Path.of("/run/netns"))) {
            if (ns.startsWith("corral-" + lab + "-") || ns.startsWith("corral-" + lab + "h")) {
                out.add("netns " + ns);
            }
        }
        for (String link : list(Path.of("/sys/class/net"))) {
            if (link.equals(bridge) || link.startsWith(lab + "-")) {
                out.add("link " + link);
            }
        }
        if (Files.exists(dir)) {
            out.add("state dir " + dir);
        }
        for (String r : list(Path.of("/run"))) {
            if (r.startsWith("corral-" + lab + "h")) {
                out.add("run dir " + r);
            }
        }
        for (String c : list(Path.of("/sys/fs/cgroup"))) {
            for (String g : list(Path.of("/sys/fs/cgroup", c))) {
                if (g.startsWith("corral-" + lab + "h")) {
                    out.add("cgroup " + c + "/" + g);
                }
            }
        }
        for (long pid : agentPids) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                out.add("agent process " + pid);
            }
        }
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.filter(ph -> ph.info().arguments().map(a -> String.join(" ", a).contains(dir.toString())).orElse(false))
                    .forEach(ph -> out.add("process " + ph.pid() + " using " + dir));
        }
        return out;
    }

    static List<String> list(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
