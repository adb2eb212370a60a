package dev.corral.agent.internal.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fault injection for the migration tests, off unless the agent runs with
 * {@code -Dcorral.testHooks=true}. A hook is a file in {@code <state>/test-hooks/}, so a test can
 * arm one host of a lab without restarting its agent:
 * <ul>
 * <li>{@code hold-transfer}: a source's transfer stops after its first chunk while the file exists
 * (the test kills the destination, drops the link or cancels meanwhile);</li>
 * <li>{@code drop-transfer}: a source cuts its SSH connection after the first chunk;</li>
 * <li>{@code restore-criu}: a destination restores with the CRIU binary named inside;</li>
 * <li>{@code drop-pages}: a post-copy source cuts its connection once memory has begun to move;</li>
 * <li>{@code fail-start}: a destination refuses a restart migration's {@code migration.start}.</li>
 * <li>{@code drop-after-commit}: a destination commits, then ends the source's session before the
 * answer leaves (the source cannot know the outcome and asks again); once (the file is removed),
 * or at every commit while it contains {@code always}.</li>
 * </ul>
 */
final class TestHooks {

    static final String HOLD_TRANSFER = "hold-transfer";
    static final String DROP_TRANSFER = "drop-transfer";
    static final String RESTORE_CRIU = "restore-criu";
    /** Post-copy: the source cuts its connection once the memory has begun to move. */
    static final String DROP_PAGES = "drop-pages";
    static final String FAIL_START = "fail-start";
    static final String DROP_AFTER_COMMIT = "drop-after-commit";

    private final Path dir;
    private final boolean enabled = Boolean.getBoolean("corral.testHooks");

    TestHooks(Path stateDir) {
        this.dir = stateDir.resolve("test-hooks");
    }

    boolean armed(String hook) {
        return enabled && Files.exists(dir.resolve(hook));
    }

    /**
     * Whether a hook armed for one shot fires now (its file is removed), or one whose file says
     * {@code always} (the file stays).
     */
    boolean fire(String hook) {
        if (!armed(hook)) {
            return false;
        }
        if ("always".equals(value(hook))) {
            return true;
        }
        try {
            return Files.deleteIfExists(dir.resolve(hook));
        } catch (IOException e) {
            return false;
        }
    }

    /** The hook file's first line, or null when not armed. */
    String value(String hook) {
        if (!armed(hook)) {
            return null;
        }
        try {
            return Files.readString(dir.resolve(hook)).strip();
        } catch (IOException e) {
            return null;
        }
    }

    @FunctionalInterface
    interface Call<T> {
        T run() throws dev.corral.agent.RpcException;
    }

    /** Runs a destination's restore with the CRIU binary that {@code restore-criu} names, when armed. */
    <T> T withRestoreCriu(Call<T> call) throws dev.corral.agent.RpcException {
        String fake = value(RESTORE_CRIU);
        if (fake == null) {
            return call.run();
        }
        String before = System.getProperty("corral.criu");
        System.setProperty("corral.criu", fake);
        try {
            return call.run();
        } finally {
            if (before == null) {
                System.clearProperty("corral.criu");
            } else {
                System.setProperty("corral.criu", before);
            }
        }
    }
}
