package dev.corral.bench;

import dev.corral.cli.AgentSession;
import dev.corral.cli.Target;
import dev.corral.protocol.ContainerList;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerStates;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.StopParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real agent process for the benchmarks, with its own state directory, bridge and subnet, and
 * an SSH session to it: the same path an operator's commands take.
 */
final class BenchAgent implements AutoCloseable {

    static final String BRIDGE = "corral-bench0";
    static final String SUBNET = "198.19.0.0/16";
    /** The bridge's address, the subnet's first. */
    static final String GATEWAY = "198.19.0.1";

    final Path stateDir;
    final Process process;
    final AgentSession session;

    private BenchAgent(Path stateDir, Process process, AgentSession session) {
        this.stateDir = stateDir;
        this.process = process;
        this.session = session;
    }

    static BenchAgent start(Path hostAgentDir, Path workDir) throws Exception {
        Path state = workDir.resolve("state");
        Files.createDirectories(state);
        Path key = workDir.resolve("id_ed25519");
        if (!Files.exists(key)) {
            Shell.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
        }
        Files.copy(workDir.resolve("id_ed25519.pub"), state.resolve("authorized_keys"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(state.resolve("agent.port"));
        Process agent = new ProcessBuilder(hostAgentDir.resolve("corral-agent").toString(),
                "--listen", "127.0.0.1:0", "--state-dir", state.toString(),
                "--authorized-keys", state.resolve("authorized_keys").toString(),
                "--bridge", BRIDGE, "--subnet", SUBNET, "--config", "/dev/null", "--log-level", "warn")
                .redirectErrorStream(true).redirectOutput(workDir.resolve("agent.log").toFile()).start();
        Path portFile = state.resolve("agent.port");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.exists(portFile) || Files.size(portFile) == 0) {
            if (!agent.isAlive() || Instant.now().isAfter(deadline)) {
                agent.destroy();
                throw new IOException("agent did not start; see " + workDir.resolve("agent.log"));
            }
            Thread.sleep(20);
        }
        String hostPort = Files.readString(portFile).trim();
        int port = Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
        String hostKey = Files.readString(state.resolve("ssh_host_ed25519_key.pub")).trim();
        Path knownHosts = workDir.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + hostKey + "\n");
        AgentSession session = AgentSession.open(new Target("127.0.0.1", port, "root", key, knownHosts, false));
        return new BenchAgent(state, agent, session);
    }

    long pid() {
        return process.pid();
    }

    /** The agent JVM's resident memory, from the kernel's accounting. */
    long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for the agent");
    }

    void destroyAll() throws Exception {
        for (ContainerInfo c : session.call(Methods.CONTAINER_LIST, null, ContainerList.class).containers()) {
            if (ContainerStates.RUNNING.equals(c.state())) {
                session.call(Methods.CONTAINER_STOP, new StopParams(c.name(), 5, true), ContainerInfo.class);
            }
            session.call(Methods.CONTAINER_DESTROY, new NameParams(c.name()), Void.class);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            destroyAll();
        } finally {
            session.close();
            process.destroy();
            process.waitFor();
        }
    }
}
