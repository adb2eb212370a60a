package dev.corral.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A test agent's network and what its containers leave outside its state directory. Containers
 * outlive their agent by design, so a test that failed half-way would leave them running:
 * {@link #remove} kills and deletes them, their network namespaces, mounts, cgroups and bridge.
 */
public record AgentFootprint(String bridge, String subnetPrefix) {

    /**
     * A bridge name and a 198.19.x.0/24 subnet of their own: the agent's tests use 198.18.20-99
     * and the runtime's 198.18.100-249, so console tests run beside both.
     *
     * @param bridgePrefix starts the bridge's name, telling whose it is (e.g. "crc" for the core tests);
     *                     at most 8 characters (a link name has 15)
     */
    public static AgentFootprint unique(String bridgePrefix) {
        if (bridgePrefix.length() > 8) {
            throw new IllegalArgumentException("bridge prefix longer than 8 characters: " + bridgePrefix);
        }
        Random random = new Random();
        return new AgentFootprint(bridgePrefix + Integer.toHexString(0x100000 + random.nextInt(0xeffff)),
                "198.19." + (10 + random.nextInt(240)));
    }

    public String subnet() {
        return subnetPrefix + ".0/24";
    }

    public void remove(Path stateDir) {
        String id = read(stateDir.resolve("agent.id"));
        if (id != null) {
            String runcRoot = "/run/corral-" + id + "/runc";
            for (String name : list(stateDir.resolve("containers"))) {
                run("runc", "--root", runcRoot, "kill", name, "KILL");
                run("runc", "--root", runcRoot, "delete", "--force", name);
            }
            for (String ns : list(Path.of("/run/netns"))) {
                if (ns.startsWith("corral-" + id + "-")) {
                    run("ip", "netns", "del", ns);
                }
            }
        }
        run("ip", "link", "del", bridge);
        for (String mount : mountsUnder(stateDir)) {
            run("umount", "-l", mount);
        }
        if (id != null) {
            for (String hierarchy : list(Path.of("/sys/fs/cgroup"))) {
                Path parent = Path.of("/sys/fs/cgroup", hierarchy, "corral-" + id);
                list(parent).forEach(child -> parent.resolve(child).toFile().delete());
                parent.toFile().delete();
            }
            run("rm", "-rf", "/run/corral-" + id); // runc's state of the agent's containers
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> mountsUnder(Path dir) {
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
                String point = line.split(" ")[4];
                if (point.startsWith(dir.toString())) {
                    out.add(point);
                }
            }
        } catch (IOException e) {
            // nothing mounted that we can see
        }
        out.sort(Comparator.reverseOrder());
        return out;
    }

    private static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void run(String... argv) {
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            // the tool is missing: then it made nothing to remove either
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
