package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Fs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A routed "host" for tests: a JVM started inside a host network namespace (nsenter --net) that
 * opens a {@link ContainerRuntime} in routed mode and runs the commands the test sends, one per
 * line (tab-separated words), answering {@code ok<TAB>payload} or {@code err<TAB>KIND<TAB>message}.
 * A runtime works on the network namespace of its process, so two routed hosts need two JVMs.
 *
 * <p>Arguments: state dir, agent id, LAN interface, LAN subnet.
 */
public final class RoutedHostDriver {

    private RoutedHostDriver() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ContainerRuntime rt;
        try {
            rt = ContainerRuntime.open(RuntimeConfig.routed(Path.of(args[0]), args[1], args[2], args[3]));
            out.println("ok\tready");
        } catch (RuntimeException e) {
            out.println("err\tOPEN\t" + oneLine(String.valueOf(e.getMessage())));
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] w = line.split("\t");
            if (w[0].equals("quit")) {
                break;
            }
            try {
                out.println("ok\t" + oneLine(run(rt, w)));
            } catch (RuntimeError e) {
                out.println("err\t" + e.kind() + "\t" + oneLine(e.getMessage()));
            } catch (RuntimeException e) {
                out.println("err\tBUG\t" + oneLine(e.toString()));
            }
        }
        // The test's clean-up removes the rest; stopping here keeps the namespaces free of processes.
        for (ContainerInfo c : rt.list()) {
            if (c.state() == ContainerState.RUNNING) {
                rt.stop(c.name(), Duration.ofSeconds(5));
            }
        }
    }

    private static String run(ContainerRuntime rt, String[] w) throws Exception {
        switch (w[0]) {
            case "busybox":
                return rt.templates().exists(Templates.BUSYBOX) ? "exists"
                        : rt.templates().buildBusybox(Templates.BUSYBOX).name();
            case "create":
                return rt.create(ContainerSpec.of(w[1], Templates.BUSYBOX, w[2])).mac();
            case "start":
                return Long.toString(rt.start(w[1]).initPid());
            case "stop":
                return rt.stop(w[1], Duration.ofSeconds(10)).state().toString();
            case "destroy":
                rt.destroy(w[1]);
                return "";
            case "info": {
                ContainerInfo c = rt.status(w[1]);
                return c.state() + " " + c.ipv4() + " " + c.mac() + " " + c.hostVeth();
            }
            case "exec": {
                ExecResult r = rt.exec(w[1], Arrays.asList(w).subList(2, w.length), Duration.ofSeconds(20));
                return r.exitCode() + " " + r.stdout().strip() + r.stderr().strip();
            }
            case "receive": {
                // What a migration's transfer would bring: the source's record, not running here.
                ContainerRecord r = ContainerRecord.load(Path.of(w[2], "containers", w[1]));
                r.initPid = 0;
                r.initStartTime = 0;
                Path dir = rt.config().stateDir().resolve("containers").resolve(w[1]);
                Files.createDirectories(dir);
                r.save(dir);
                return "";
            }
            case "prepare":
                return rt.network().prepare(w[1]).toString();
            case "open":
                rt.network().open(w[1]);
                return "";
            case "withdraw":
                rt.network().withdraw(w[1]);
                return "";
            case "discard":
                rt.network().discard(w[1]);
                Fs.deleteTree(rt.config().stateDir().resolve("containers").resolve(w[1]));
                return "";
            default:
                throw new IllegalArgumentException("unknown command " + List.of(w));
        }
    }

    private static String oneLine(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
