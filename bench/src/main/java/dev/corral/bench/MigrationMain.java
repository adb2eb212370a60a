package dev.corral.bench;

import dev.corral.cli.CliException;
import dev.corral.protocol.Methods;
import dev.corral.protocol.TemplateInfo;
import dev.corral.protocol.TemplateParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Migration benchmark (bench/migration.sh): frozen and total time against container memory for
 * Corral's stop-and-copy and post-copy migration between two lab hosts, and plain `criu dump` +
 * `criu restore` of the same workload on one host, round by round. Prints a Markdown table; see
 * docs/benchmarks.md.
 */
public final class MigrationMain {

    private MigrationMain() {
    }

    public static void main(String[] args) throws Exception {
        Path hostAgent = Path.of(args.length > 0 ? args[0] : "host-agent").toAbsolutePath();
        Path benchDir = Path.of(args.length > 1 ? args[1] : "bench").toAbsolutePath();
        int rounds = Integer.getInteger("rounds", 5);
        List<Integer> sizes = new ArrayList<>();
        for (String s : System.getProperty("sizes", "16,256,1024").split(",")) {
            sizes.add(Integer.parseInt(s.strip()));
        }
        Path work = Files.createTempDirectory("corral-bench-migration");
        Path memfill = Workload.build(benchDir.resolve("src/main/c/memfill.c"), work);
        List<MigrationRow> rows = new ArrayList<>();
        String host;
        try (Lab lab = Lab.up(hostAgent, 2)) {
            var f = lab.host(1).session().hello().facts();
            host = String.format(Locale.ROOT, "Host: %s, kernel %s, %d CPUs, %.1f GiB, %s, CRIU %s; %d rounds%n",
                    f.hostname(), f.kernel(), f.cpus(), f.memoryBytes() / (double) (1L << 30), f.runcVersion(),
                    f.criuVersion(), rounds);
            System.err.print(host);
            for (Lab.Host h : lab.hosts) {
                h.session().call(Methods.TEMPLATE_BUILD, new TemplateParams("busybox", "busybox"), TemplateInfo.class);
            }
            CorralMigrations corral = new CorralMigrations(lab, memfill);
            for (int mib : sizes) {
                rows.add(measure(lab, corral, memfill, mib, rounds, rows.size()));
                System.err.println(MigrationRow.table(rows));
            }
        } finally {
            Shell.quiet(List.of("rm", "-rf", work.toString()));
        }
        System.out.println(host);
        System.out.println(MigrationRow.table(rows));
    }

    /**
     * One memory size: per round a stop-and-copy migration to the other host, a post-copy one back
     * when the agent takes it, and a plain dump + restore, so each ratio pairs figures of the same
     * moment.
     */
    private static MigrationRow measure(Lab lab, CorralMigrations corral, Path memfill, int mib, int rounds, int rows)
            throws Exception {
        String name = "mem" + mib;
        MigrationRow row = new MigrationRow(mib);
        int on = 1;
        corral.create(on, name, lab.net + "." + (100 + rows), mib);
        try (PlainCriu plain = PlainCriu.start(lab.dir.resolve("plain-" + mib),
                lab.host(1).stateDir().resolve("templates/busybox/rootfs"), memfill, mib)) {
            for (int r = 0; r < rounds; r++) {
                int other = 3 - on;
                CorralMigrations.Result sc = corral.migrate(name, on, other, false);
                on = other;
                CorralMigrations.Result pc = null;
                if (row.postCopyMissing == null) {
                    try {
                        pc = corral.migrate(name, on, 3 - on, true);
                        if (pc == null) {
                            row.postCopyMissing = "n/a (agent refuses)";
                        } else {
                            on = 3 - on;
                        }
                    } catch (IOException | CliException e) {
                        // a failed post-copy migration rolls back to the source; stop-and-copy goes on
                        System.err.println(mib + " MiB post-copy: " + e.getMessage());
                        row.postCopyMissing = "failed (see the log above)";
                    }
                }
                PlainCriu.Result p = plain.round();
                row.add(sc, pc, p);
                System.err.printf(Locale.ROOT, "%d MiB round %d: stop-and-copy %s frozen %d ms, total %.0f ms; post-copy %s;"
                        + " plain dump %.0f + restore %.0f ms%n", mib, r + 1, sc.frozenMillis(), sc.frozen(), sc.totalMillis(),
                        pc == null ? "n/a" : pc.frozenMillis() + " total " + Math.round(pc.totalMillis()) + " ms",
                        p.dumpMillis(), p.restoreMillis());
            }
        } finally {
            corral.destroy(on, name);
        }
        return row;
    }
}
