package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import dev.corral.runtime.internal.Mounts;
import dev.corral.runtime.internal.Poll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What checkpoint tests run in a busybox container: a counter (a shell loop writing an increasing
 * number to /tmp/counter every 100 ms) and a TCP echo server (busybox nc) on port 7000, both
 * started by init; and clients connected to it from the host's namespace.
 */
final class CounterWorkload {

    static final int ECHO_PORT = 7000;

    private final TestHost host;
    private final ContainerRuntime rt;
    private final List<Socket> clients = new ArrayList<>();

    CounterWorkload(TestHost host) {
        this.host = host;
        this.rt = host.runtime;
    }

    /**
     * A started container whose init runs the counter and the echo server. The counter is
     * renamed into place, so a reader never sees the empty file a truncating write leaves.
     */
    ContainerInfo start(String name, int ip) throws IOException {
        rt.create(ContainerSpec.of(name, Templates.BUSYBOX, host.ip(ip)));
        Path script = host.stateDir.resolve("containers").resolve(name).resolve("upper/etc/init.d/S50work");
        Files.createDirectories(script.getParent());
        Files.writeString(script, """
                #!/bin/sh
                [ "$1" = start ] || exit 0
                (i=0; while true; do i=$((i+1)); echo $i > /tmp/counter.new; mv /tmp/counter.new /tmp/counter; usleep 100000; done) </dev/null >/dev/null 2>&1 &
                nc -ll -p %d -e /bin/cat </dev/null >/dev/null 2>&1 &
                """.formatted(ECHO_PORT));
        Cmd.check("chmod", "755", script.toString());
        ContainerInfo c = rt.start(name);
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> counter(name) >= 3), "the counter runs");
        return c;
    }

    /** The counter as the container's files show it (through the overlay while mounted). */
    long counter(String name) {
        Path d = host.stateDir.resolve("containers").resolve(name);
        Path f = Mounts.isMounted(d.resolve("rootfs")) ? d.resolve("rootfs/tmp/counter") : d.resolve("upper/tmp/counter");
        try {
            String s = Files.readString(f).strip();
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Not reset (at least {@code before}) and still counting. */
    void assertContinuesFrom(String name, long before) {
        long first = counter(name);
        assertTrue(first >= before, "no reset: " + first + " after " + before);
        assertTrue(Poll.until(Duration.ofSeconds(5), () -> counter(name) > first + 2), "the counter goes on after " + first);
    }

    /** A client connection to the echo server, closed by {@link #closeClients}. */
    Socket connect(ContainerInfo c) throws IOException {
        Socket[] s = {null};
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> {
            try {
                Socket x = new Socket();
                x.connect(new InetSocketAddress(c.ipv4(), ECHO_PORT), 2000);
                s[0] = x;
                return true;
            } catch (IOException e) {
                return false;
            }
        }), "the echo server answers");
        s[0].setSoTimeout(15_000);
        clients.add(s[0]);
        return s[0];
    }

    static String echo(Socket s, String line) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    void closeClients() throws IOException {
        for (Socket s : clients) {
            s.close();
        }
        clients.clear();
    }
}
