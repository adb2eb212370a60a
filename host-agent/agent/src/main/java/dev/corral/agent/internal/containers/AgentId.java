package dev.corral.agent.internal.containers;

import dev.corral.agent.internal.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * This agent's short name on the machine. The runtime derives the cgroup parent, the runc root
 * and the network namespace names from it, so several agents (test hosts) on one machine keep
 * apart. Made once from the state directory's path and kept in {@code <state-dir>/agent.id}:
 * running containers are found again under the same names after a restart, even if the state
 * directory is later reached by another path.
 */
public final class AgentId {

    public static final String FILE = "agent.id";

    private AgentId() {
    }

    public static String loadOrCreate(Path stateDir) throws IOException {
        Path file = stateDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!id.matches("[a-z][a-z0-9]{0,19}")) {
                throw new IOException(file + " holds no valid agent id (1-20 lower-case letters and digits): " + id);
            }
            return id;
        }
        String id = derive(stateDir);
        AtomicFiles.write(file, (id + "\n").getBytes(StandardCharsets.US_ASCII), AtomicFiles.PUBLIC);
        return id;
    }

    /** "a" and 10 hex digits of the path's SHA-256: short enough for interface and cgroup names. */
    static String derive(Path stateDir) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(stateDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "a" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
