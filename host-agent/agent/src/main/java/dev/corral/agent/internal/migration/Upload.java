package dev.corral.agent.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/** Receiving an upload channel's bytes: exactly SIZE of them into a file, checked against their SHA-256. */
final class Upload {

    private Upload() {
    }

    static void receive(InputStream in, Path file, long size, String sha256) throws StreamCommand.Refused, IOException {
        MessageDigest digest = Sha256.digest();
        long got = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (got < size) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, size - got));
                if (n < 0) {
                    throw new StreamCommand.Refused("the upload ended after " + got + " of " + size + " bytes");
                }
                out.write(buf, 0, n);
                digest.update(buf, 0, n);
                got += n;
            }
        }
        String actual = Sha256.hex(digest);
        if (!actual.equalsIgnoreCase(sha256)) {
            throw new StreamCommand.Refused("checksum mismatch: got sha256 " + actual + ", expected " + sha256);
        }
    }
}
