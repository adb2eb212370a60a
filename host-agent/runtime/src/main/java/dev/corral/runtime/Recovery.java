package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.DumpLock;
import dev.corral.runtime.internal.Freezer;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Trash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * At open: puts right what a crash left of checkpoints, restores and migrations. Apart from
 * {@link Checkpoints} because it runs once, over every container, and decides from markers on
 * disk rather than from a request; it shares only the kill and the debris clean-up with it.
 */
final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final ContainerRuntime rt;
    private final Checkpoints checkpoints;

    Recovery(ContainerRuntime rt, Checkpoints checkpoints) {
        this.rt = rt;
        this.checkpoints = checkpoints;
    }

    /**
     * A running container still frozen, or with a checkpoint's work directory, is thawed and its
     * network unlocked (the checkpoint never finished, so it must go on); a stopped one gets back
     * the upper layer a restore had set aside. A migration's frozen copy goes by its
     * {@link HeldMigration} marker: held, it thaws (and claims its address again if it was
     * withdrawn); committing, it stays frozen, reported, until {@link Migrations#resolveMigration};
     * committed, it is killed and destroyed. Returns one line for each thing done or left.
     */
    List<String> run() {
        new Trash(rt.config().stateDir()).emptyLater();
        List<String> report = new ArrayList<>();
        List<String> doomed = new ArrayList<>();
        for (String name : rt.names()) {
            try {
                rt.locked(name, () -> {
                    recover(name, report, doomed);
                    return null;
                });
            } catch (RuntimeError e) {
                report.add("container " + name + ": " + e.getMessage());
            }
        }
        // after the loop: destroy takes the registry's monitor before the container's lock, and
        // taking it while holding a container's lock would turn that order round
        for (String name : doomed) {
            try {
                rt.destroy(name);
            } catch (RuntimeError e) {
                report.add("container " + name + ": cannot destroy it: " + e.getMessage());
            }
        }
        return report;
    }

    /** One container, under its lock. */
    private void recover(String name, List<String> report, List<String> doomed) {
        ContainerRecord r = rt.load(name);
        Path cdir = rt.dir(name);
        boolean running = rt.running(r);
        HeldMigration held = HeldMigration.read(cdir);
        if (held != null && held.phase != HeldMigration.Phase.HELD) {
            recoverMigrating(r, running, held, report, doomed);
            return;
        }
        if (running) {
            Freezer freezer = Freezer.of(rt.cgroupsPathOf(name));
            if (hasWorkDir(cdir) || freezer.frozen()) {
                freezer.thaw();
                Path netns = Net.netnsPath(rt.netnsName(name));
                DumpLock.unlock(netns);
                DumpLock.removeCriuDebris(netns);
                report.add("container " + name + ": interrupted checkpoint rolled back (thawed, network unlocked)");
            }
            if (held != null && held.withdrawn) {
                rt.network().open(name);
                report.add("container " + name + ": its address, withdrawn for a migration that did not"
                        + " commit, is claimed here again");
            }
        } else if (Files.exists(cdir.resolve(UpperBackup.DIR))) {
            report.add("container " + name + ": interrupted restore rolled back (its upper layer put back)");
        }
        UpperBackup.settle(cdir, running);
        Checkpoints.removeDebris(cdir);
        if (held != null) {
            HeldMigration.delete(cdir);
        }
    }

    /** A checkpoint's or restore's work directory: the crash came in the middle of one. */
    private static boolean hasWorkDir(Path cdir) {
        try (Stream<Path> s = Files.list(cdir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(".ckpt-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** {@link #recover} of a container whose migration had asked or got the destination's commit. */
    private void recoverMigrating(ContainerRecord r, boolean running, HeldMigration held, List<String> report,
                                  List<String> doomed) {
        Freezer freezer = Freezer.of(rt.cgroupsPathOf(r.name));
        if (held.phase == HeldMigration.Phase.COMMITTED) {
            if (running) {
                checkpoints.killFrozen(r, freezer);
            }
            Checkpoints.removeDebris(rt.dir(r.name));
            doomed.add(r.name);
            report.add("container " + r.name + ": its migration had committed (it runs on the destination):"
                    + " its copy here " + (running ? "killed and " : "") + "destroyed");
            return;
        }
        // COMMITTING: the destination may run it or may have discarded it; either a thaw or a kill
        // here could be wrong, so it stays frozen, network locked, until someone asks the destination.
        LOG.warn("container {}: the agent stopped while a migration's commit was asked; left {}, see corralctl migrate {}"
                + " --resolve here|there", r.name, running ? "frozen" : "stopped", r.name);
        report.add("container " + r.name + ": MIGRATION UNRESOLVED: the agent stopped while the destination was asked"
                + " to commit; " + (running ? "left frozen here" : "stopped here (its frozen copy did not survive)")
                + ". Ask the destination whether it runs " + r.name + ", then `corralctl migrate " + r.name
                + " --resolve there` (destroy it here) or `--resolve here` (" + (running ? "thaw it" : "keep it")
                + " here)");
    }
}
