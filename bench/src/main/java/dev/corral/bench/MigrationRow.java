package dev.corral.bench;

import java.util.List;
import java.util.Locale;

/** The migration benchmark's figures for one memory size, and the Markdown table of all sizes. */
final class MigrationRow {

    final int mib;
    /** Why there are no post-copy figures (the agent refuses it, or it failed); null while it works. */
    String postCopyMissing;
    final Stats frozen = new Stats();
    final Stats dump = new Stats();
    final Stats transfer = new Stats();
    final Stats restore = new Stats();
    final Stats total = new Stats();
    final Stats postFrozen = new Stats();
    final Stats postTotal = new Stats();
    final Stats plainDump = new Stats();
    final Stats plainRestore = new Stats();
    final Stats plainFrozen = new Stats();
    final Stats ratio = new Stats();
    final Stats postRatio = new Stats();

    MigrationRow(int mib) {
        this.mib = mib;
    }

    void add(CorralMigrations.Result sc, CorralMigrations.Result pc, PlainCriu.Result p) {
        frozen.add(sc.frozen());
        dump.add(sc.phase("dump"));
        transfer.add(sc.phase("transfer"));
        restore.add(sc.phase("restore"));
        total.add(sc.totalMillis());
        plainDump.add(p.dumpMillis());
        plainRestore.add(p.restoreMillis());
        plainFrozen.add(p.frozen());
        ratio.add(sc.frozen() / p.frozen());
        if (pc != null) {
            postFrozen.add(pc.frozen());
            postTotal.add(pc.totalMillis());
            postRatio.add(pc.frozen() / p.frozen());
        }
    }

    static String table(List<MigrationRow> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| memory | stop-and-copy frozen | dump / transfer / restore (frozen) | stop-and-copy total"
                + " | post-copy frozen | post-copy total | plain criu dump + restore | plain dump / restore"
                + " | stop-and-copy / plain | post-copy / plain |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (MigrationRow r : rows) {
            boolean post = r.postFrozen.count() > 0;
            String na = r.postCopyMissing != null ? r.postCopyMissing : "n/a";
            b.append(String.format(Locale.ROOT, "| %d MiB | %s ms | %.0f / %.0f / %.0f ms | %s ms | %s | %s | %s ms"
                            + " | %.0f / %.0f ms | %s x | %s |%n",
                    r.mib, r.frozen.format("%.0f"), r.dump.median(), r.transfer.median(), r.restore.median(),
                    r.total.format("%.0f"), post ? r.postFrozen.format("%.0f") + " ms" : na,
                    post ? r.postTotal.format("%.0f") + " ms" : na, r.plainFrozen.format("%.0f"),
                    r.plainDump.median(), r.plainRestore.median(), r.ratio.format("%.2f"),
                    post ? r.postRatio.format("%.2f") + " x" : na));
        }
        return b.toString();
    }
}
