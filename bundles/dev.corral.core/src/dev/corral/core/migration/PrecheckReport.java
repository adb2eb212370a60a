package dev.corral.core.migration;

import java.util.List;

/**
 * What the prechecks found before a migration: each check with its outcome, whether a live
 * migration is possible (else why not), and whether a restart migration would be.
 *
 * @param liveRefusal null when a live migration may go ahead, else why it cannot
 * @param restartRefusal null when a restart migration may go ahead, else why it cannot
 * @param postCopyRefusal null when a post-copy live migration may go ahead (as far as the hosts' facts
 *                        tell: the agent has the last word), else why it cannot
 */
public record PrecheckReport(String container, String source, String destination, List<Check> checks,
                             String liveRefusal, String restartRefusal, String postCopyRefusal) {

    /** Post-copy possible whenever live is. */
    public PrecheckReport(String container, String source, String destination, List<Check> checks,
            String liveRefusal, String restartRefusal) {
        this(container, source, destination, checks, liveRefusal, restartRefusal, liveRefusal);
    }

    /** One check; {@code problem} null = passed. */
    public record Check(String what, String problem) {
        public boolean passed() {
            return problem == null;
        }
    }

    public boolean livePossible() {
        return liveRefusal == null;
    }

    public boolean restartPossible() {
        return restartRefusal == null;
    }

    public boolean postCopyPossible() {
        return postCopyRefusal == null;
    }
}
