package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.protocol.ErrorCodes;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrateParams;
import dev.corral.protocol.NameParams;
import java.io.IOException;
import java.security.KeyPair;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source's {@code migration.commit}, for every kind of migration. When the connection fails
 * during the call, the destination may have committed before its answer was lost: the source
 * cannot guess, so it reconnects (same identity, same pinned host key; the grant still holds) and
 * asks again, which the destination answers idempotently: OK, it keeps the container; NOT_FOUND,
 * it discarded it when the first connection ended.
 */
final class CommitCall {

    private static final Logger LOG = LoggerFactory.getLogger(CommitCall.class);
    private static final Duration CALL = Duration.ofMinutes(5);
    /** How long the source keeps asking after a lost answer. */
    static final Duration RETRY_FOR = Duration.ofSeconds(30);
    private static final Duration ASK = Duration.ofSeconds(15);
    private static final long PAUSE_MILLIS = 1000;

    /** The destination discarded the container before any commit reached it: take it back here. */
    static final class Discarded extends Exception {
        Discarded(String message) {
            super(message);
        }
    }

    /** No answer: the container may run on the destination. The source must not start its copy. */
    static final class Unknown extends Exception {
        Unknown(String message) {
            super(message);
        }
    }

    /** The operator takes the container back on the source while the commit's outcome is unknown. */
    static final class TakenBack extends Exception {
        TakenBack(String message) {
            super(message);
        }
    }

    private CommitCall() {
    }

    /**
     * {@link #commit} for a source that holds its copy frozen (stop-and-copy, post-copy). When the
     * outcome stays unknown, the container may run on the destination, so the frozen copy must
     * not run, nor may it die (the destination may have discarded its copy): the source keeps
     * asking until the destination answers, with pauses growing to 30 s. An operator who knows the
     * destination does not run it (its host is gone for good) cancels the task: {@link TakenBack}.
     *
     * @throws Unknown only when interrupted (the agent stops): the frozen copy stays as it is
     */
    static String commitHeld(PeerClient peer, MigrateParams.Destination d, KeyPair identity, String name, Task task)
            throws RpcException, Discarded, Unknown, TakenBack {
        try {
            return commit(peer, d, identity, name, task);
        } catch (Unknown u) {
            LOG.warn("migration of {}: outcome unknown, frozen here until the destination answers: {}", name, u.getMessage());
            task.phase("commit", 90, "outcome unknown: " + u.getMessage() + "; " + name + " stays frozen here (never running"
                    + " on two hosts) and the destination is asked until it answers; cancel this task only if " + name
                    + " surely does not run there: the copy here then runs again");
            long since = System.nanoTime();
            long pause = PAUSE_MILLIS;
            while (true) {
                if (task.cancelRequested()) {
                    throw new TakenBack("cancelled by the operator while the outcome was unknown");
                }
                if (askAgain(d, identity, name, u.getMessage()) == null) {
                    return "the commit's answer was lost; the destination confirmed it after "
                            + Task.millisSince(since) / 1000 + " s more of asking";
                }
                for (long slept = 0; slept < pause && !task.cancelRequested(); slept += 200) {
                    if (!pause(200)) {
                        throw u;
                    }
                }
                pause = Math.min(pause * 2, 30_000);
            }
        }
    }

    /**
     * Commits {@code name} on the destination. A typed refusal of the first call is thrown as is.
     *
     * @return null when the first call was answered, else what happened (for the task's message)
     */
    static String commit(PeerClient peer, MigrateParams.Destination d, KeyPair identity, String name, Task task)
            throws RpcException, Discarded, Unknown {
        String lost;
        try {
            peer.call(Methods.MIGRATION_COMMIT, new NameParams(name), Void.class, CALL);
            return null;
        } catch (IOException e) {
            lost = Failures.message(e);
        }
        peer.close();
        LOG.warn("migration of {}: the commit's answer was lost ({}): asking the destination again", name, lost);
        task.phase("commit", 90, "the connection failed during the commit (" + lost
                + "): reconnecting to ask the destination whether it keeps " + name);
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        String last = lost;
        for (int attempt = 1; ; attempt++) {
            String failed = askAgain(d, identity, name, lost);
            if (failed == null) {
                LOG.info("migration of {}: the destination confirmed the commit (attempt {})", name, attempt);
                return "the commit's answer was lost (" + lost + "); the destination confirmed it on a new connection";
            }
            last = failed;
            LOG.info("migration of {}: attempt {} to ask the destination again failed: {}", name, attempt, last);
            if (System.nanoTime() >= deadline) {
                throw new Unknown("the connection failed during the commit (" + lost + ") and the destination did"
                        + " not answer again within " + RETRY_FOR.toSeconds() + " s (" + last + ")");
            }
            if (!pause(PAUSE_MILLIS)) {
                throw new Unknown("interrupted while asking the destination again after a lost commit answer ("
                        + lost + ")");
            }
        }
    }

    /**
     * One more commit on a new connection: null when the destination confirmed it, else why there
     * was no answer.
     *
     * @throws Discarded when the destination says it discarded the container
     */
    static String askAgain(MigrateParams.Destination d, KeyPair identity, String name, String lost) throws Discarded {
        try (PeerClient again = PeerClient.connect(d, identity)) {
            again.call(Methods.MIGRATION_COMMIT, new NameParams(name), Void.class, ASK);
            return null;
        } catch (RpcException e) {
            if (e.code() == ErrorCodes.NOT_FOUND) {
                LOG.warn("migration of {}: the destination discarded it before the commit: {}", name, e.getMessage());
                throw new Discarded("the connection failed during the commit (" + lost
                        + ") and the destination had discarded its copy");
            }
            return Failures.message(e);
        } catch (IOException | RuntimeException e) {
            return Failures.message(e);
        }
    }

    /** A pause between reconnects, not a wait for a condition; false when interrupted. */
    static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The end of a migration whose outcome is unknown: what the operator reads. */
    static String unknownText(String name, Unknown u, String keptHere, String restoreHere) {
        return "outcome unknown: " + u.getMessage() + "; the container may run on the destination, so it is NOT"
                + " started here: " + keptHere + ". Check the destination: if " + name + " runs there, remove it here"
                + " (corralctl destroy " + name + "); if it is not there, " + restoreHere;
    }
}
