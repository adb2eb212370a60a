package dev.corral.core.internal.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The console's pinned host keys, in an OpenSSH known_hosts file so an operator can read, edit
 * or copy it with the usual tools. Entries we write are plain ({@code [host]:port keytype key});
 * entries we read may also be hashed. Markers (@revoked, @cert-authority) are ignored: the
 * console pins keys, it does not evaluate certificates.
 */
public final class KnownHosts {

    /** What the file says about a key offered by a host. */
    public enum Verdict {
        /** The key is pinned for this host. */
        MATCH,
        /** Nothing is pinned for this host. */
        UNKNOWN,
        /** Another key is pinned for this host: possible impersonation. */
        CHANGED
    }

    /** @param pinned the pinned key when CHANGED, else null */
    public record Lookup(Verdict verdict, PublicKey pinned) {
    }

    private final Path file;

    public KnownHosts(Path file) {
        this.file = file;
    }

    public Path getFile() {
        return file;
    }

    /** The form OpenSSH writes: the bare host for port 22, {@code [host]:port} otherwise. */
    public static String hostAndPort(String host, int port) {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    public synchronized Lookup lookup(String host, int port, PublicKey offered) throws IOException {
        PublicKey other = null;
        for (KnownHostEntry entry : read()) {
            if (entry.getMarker() != null || !entry.isHostMatch(host, port)) {
                continue;
            }
            PublicKey key = resolve(entry.getKeyEntry());
            if (key == null) {
                continue;
            }
            if (KeyUtils.compareKeys(key, offered)) {
                return new Lookup(Verdict.MATCH, null);
            }
            other = other == null ? key : other;
        }
        return other == null ? new Lookup(Verdict.UNKNOWN, null) : new Lookup(Verdict.CHANGED, other);
    }

    /**
     * The key pinned for the host as an OpenSSH public key line ({@code ssh-ed25519 AAAA…}), the
     * first one if several are; null when none is.
     */
    public synchronized String pinnedKey(String host, int port) throws IOException {
        for (KnownHostEntry entry : read()) {
            if (entry.getMarker() == null && entry.isHostMatch(host, port)) {
                PublicKey key = resolve(entry.getKeyEntry());
                if (key != null) {
                    return PublicKeyEntry.toString(key);
                }
            }
        }
        return null;
    }

    /** Adds the key for the host, keeping other keys pinned for it. */
    public synchronized void pin(String host, int port, PublicKey key) throws IOException {
        if (lookup(host, port, key).verdict() == Verdict.MATCH) {
            return;
        }
        List<String> lines = existingLines();
        lines.add(line(host, port, key));
        write(lines);
    }

    /** Makes the key the only one pinned for the host (used for trusted seed entries). */
    public synchronized void replace(String host, int port, PublicKey key) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String line : existingLines()) {
            KnownHostEntry entry = parse(line);
            if (entry == null || entry.getMarker() != null || !entry.isHostMatch(host, port)) {
                kept.add(line);
            }
        }
        kept.add(line(host, port, key));
        write(kept);
    }

    private static String line(String host, int port, PublicKey key) {
        return hostAndPort(host, port) + " " + PublicKeyEntry.toString(key);
    }

    private List<KnownHostEntry> read() throws IOException {
        List<KnownHostEntry> entries = new ArrayList<>();
        for (String line : existingLines()) {
            KnownHostEntry entry = parse(line);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private List<String> existingLines() throws IOException {
        return Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>();
    }

    private static KnownHostEntry parse(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        try {
            return KnownHostEntry.parseKnownHostEntry(trimmed);
        } catch (RuntimeException e) {
            return null; // a line we cannot read pins nothing; leave it for the operator
        }
    }

    private static PublicKey resolve(AuthorizedKeyEntry entry) {
        if (entry == null) {
            return null;
        }
        try {
            return entry.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
        } catch (IOException | GeneralSecurityException e) {
            return null;
        }
    }

    /** Atomic replace, so a crash never leaves a half-written file of trusted keys. */
    private void write(List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
