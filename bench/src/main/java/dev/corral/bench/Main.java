package dev.corral.bench;

import dev.corral.protocol.HostFacts;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TemplateInfo;
import dev.corral.protocol.TemplateParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Container benchmarks (issue 4): start latency vs plain runc, CPU speed inside vs on the host,
 * agent memory per idle container. Prints a Markdown report; see docs/benchmarks.md.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path hostAgent = Path.of(args.length > 0 ? args[0] : "host-agent").toAbsolutePath();
        int pairs = Integer.getInteger("pairs", 10);
        long cpuIterations = Long.getLong("cpuIterations", 8_000_000L);
        int density = Integer.getInteger("density", 200);
        Path work = Files.createTempDirectory("corral-bench");
        StringBuilder report = new StringBuilder();
        try (BenchAgent agent = BenchAgent.start(hostAgent, work)) {
            HostFacts f = agent.session.hello().facts();
            report.append(String.format(Locale.ROOT, "Host: %s, kernel %s, %d CPUs, %.1f GiB, %s%n%n", f.hostname(),
                    f.kernel(), f.cpus(), f.memoryBytes() / (double) (1L << 30), f.runcVersion()));
            agent.session.call(Methods.TEMPLATE_BUILD, new TemplateParams("busybox", "busybox"), TemplateInfo.class);

            StartupBench.Result s = new StartupBench(agent, work).run(pairs);
            report.append("| create+start to running init | median (min-max) |\n|---|---|\n")
                    .append("| Corral (`container.create` with `start`, one RPC over SSH) | ").append(s.corral().format("%.1f")).append(" ms |\n")
                    .append("| plain `runc run -d`, comparable bundle | ").append(s.plain().format("%.1f"))
                    .append(" ms |\n")
                    .append("| script: overlay mount + netns/veth/address/route (`ip -batch`) + `runc run -d` | ")
                    .append(s.scripted().format("%.1f")).append(" ms |\n")
                    .append("| ratio Corral / plain runc, round by round | ").append(s.ratioPlain().format("%.2f"))
                    .append(" x |\n")
                    .append("| ratio Corral / script, round by round | ").append(s.ratioScripted().format("%.2f"))
                    .append(" x |\n\n");
            print(report);

            if (cpuIterations > 0) {
                cpu(agent, report, pairs, cpuIterations);
            }
            agent.destroyAll();
            if (density > 0) {
                density(agent, report, density);
            }
        } finally {
            Shell.quiet(List.of("sh", "-c", "umount " + work.resolve("scripted-layers/rootfs")
                    + " 2>/dev/null; ip netns del corral-bench-scripted 2>/dev/null; ip link del " + BenchAgent.BRIDGE + " 2>/dev/null; rm -rf " + work
                    + "; rmdir /sys/fs/cgroup/*/corral-bench-plain/*/ /sys/fs/cgroup/*/corral-bench-plain 2>/dev/null; true"));
        }
        System.out.println(report);
    }

    private static void cpu(BenchAgent agent, StringBuilder report, int pairs, long cpuIterations) throws Exception {
        Stats[] c = new CpuBench(agent).run(Math.max(3, pairs / 2), cpuIterations);
        report.append("| CPU-bound job on all CPUs | median (min-max) |\n|---|---|\n")
                .append("| inside a container | ").append(c[0].format("%.2f")).append(" s |\n")
                .append("| on the host | ").append(c[1].format("%.2f")).append(" s |\n")
                .append("| speed inside / on host, pair by pair | ").append(c[2].format("%.3f")).append(" x |\n\n");
        print(report);
    }

    private static void density(BenchAgent agent, StringBuilder report, int density) throws Exception {
        DensityBench.Result d = new DensityBench(agent).run(density);
        report.append("| idle busybox containers | value |\n|---|---|\n")
                .append("| containers started (cap ").append(density).append(" or 80 % memory) | ")
                .append(d.containers()).append(" |\n")
                .append(String.format(Locale.ROOT, "| agent RSS before / after | %.1f / %.1f MiB |%n",
                        d.agentBefore() / 1048576.0, d.agentAfter() / 1048576.0))
                .append(String.format(Locale.ROOT, "| agent memory per container | %.1f KiB |%n",
                        d.agentBytesPerContainer() / 1024))
                .append(String.format(Locale.ROOT, "| time per create+start while filling | %.0f ms |%n",
                        d.secondsPerStart() * 1000));
        print(report);
    }

    private static void print(StringBuilder report) {
        System.err.println(report);
    }
}
