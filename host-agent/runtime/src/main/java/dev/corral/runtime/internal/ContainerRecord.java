package dev.corral.runtime.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.corral.runtime.Limits;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** corral.json: what the runtime knows about one container. Written atomically. */
public final class ContainerRecord {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    public static final String FILE = "corral.json";

    public String name;
    public String uuid;
    public String template;
    public String hostname;
    public String ipv4;
    public String mac;
    public String hostVeth;
    public Limits limits;
    public boolean onboot;
    /** Namespaced sysctls for every start, by key (see {@link Sysctls}); null in older records. */
    public Map<String, String> sysctls;
    public String created;
    /** Host pid of the container's init while running, else 0. */
    public long initPid;
    /** Its start time (clock ticks since boot): tells our init from a recycled pid. */
    public long initStartTime;

    public static ContainerRecord load(Path dir) {
        return GSON.fromJson(Fs.read(dir.resolve(FILE)), ContainerRecord.class);
    }

    public void save(Path dir) {
        Fs.writeAtomic(dir.resolve(FILE), GSON.toJson(this));
    }

    /**
     * The first record of a container, into its directory before a rename publishes that: the
     * directory's fsync is the caller's (after the rename), and so is the file's unless
     * {@code durable}. A record published before its own fsync may be found empty after a host
     * crash: see {@link #neverWritten}.
     */
    public void saveNew(Path dir, boolean durable) {
        Fs.writeNew(dir.resolve(FILE), GSON.toJson(this), durable);
    }

    /**
     * Whether the record in {@code dir} is empty or all zero bytes: what a host crash leaves of
     * a first record published before its content reached the disk (ext4 shows it empty, XFS
     * zero-filled). Every later write goes through a temporary file made durable before its
     * rename, so only a create that had not answered yet leaves one.
     */
    public static boolean neverWritten(Path dir) {
        try {
            for (byte b : java.nio.file.Files.readAllBytes(dir.resolve(FILE))) {
                if (b != 0) {
                    return false;
                }
            }
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Saves a change that only a running init's pid makes (just after a start): whole and atomic,
     * but the rename is not made durable. A host crash ends that init anyway, leaving the record
     * as it was before the start; a crash of the agent alone loses nothing (the kernel has the
     * file). One disk flush fewer on the path a start's caller waits on.
     */
    public void saveInitPid(Path dir) {
        Fs.writeReplacing(dir.resolve(FILE), GSON.toJson(this));
    }

    /** Locally administered unicast MAC from the uuid: stable for the container's whole life. */
    public static String macFor(UUID uuid) {
        long bits = uuid.getMostSignificantBits();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            int octet = (int) (bits >>> (56 - 8 * i)) & 0xff;
            if (i == 0) {
                octet = (octet & 0xfc) | 0x02;
            }
            b.append(i == 0 ? "" : ":").append(String.format("%02x", octet));
        }
        return b.toString();
    }

    /** Host veth name (IFNAMSIZ allows 15 chars) from the uuid, unique across agents. */
    public static String vethFor(UUID uuid) {
        return "cr" + uuid.toString().replace("-", "").substring(0, 12);
    }

    public Limits limits() {
        return limits == null ? Limits.NONE : limits;
    }

    /** A sorted copy, never null. */
    public TreeMap<String, String> sysctls() {
        return sysctls == null ? new TreeMap<>() : new TreeMap<>(sysctls);
    }
}
