package dev.corral.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One TCP connection from a lab's LAN client namespace (busybox nc), kept open across migrations. */
final class LanEchoClient implements AutoCloseable {
    final Process p;
    final OutputStream in;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    /** Tries until the service answers (bounded): it starts with the container's init and may still be binding its port. */
    static LanEchoClient connect(String netns, String ip, int port) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            LanEchoClient c = new LanEchoClient(netns, ip, port);
            c.in.write("ping\n".getBytes(StandardCharsets.UTF_8));
            c.in.flush();
            if ("ping".equals(c.lines.poll(2, TimeUnit.SECONDS))) {
                return c;
            }
            c.close();
            c.p.waitFor(5, TimeUnit.SECONDS);
        }
        throw new AssertionError("the echo service at " + ip + ":" + port + " never answered");
    }

    private LanEchoClient(String netns, String ip, int port) throws IOException {
        p = new ProcessBuilder("nsenter", "--net=/run/netns/" + netns, "--", "busybox", "nc", ip, Integer.toString(port))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        in = p.getOutputStream();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
            } catch (IOException e) {
                // closed
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /** Sends one line and returns the answer (bounded). */
    String echo(String line) throws Exception {
        assertTrue(p.isAlive(), "the client's connection is open");
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        String got = lines.poll(20, TimeUnit.SECONDS);
        assertNotNull(got, "an answer to " + line);
        return got;
    }

    @Override
    public void close() {
        p.destroyForcibly();
    }
}
