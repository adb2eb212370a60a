package dev.corral.agent.internal.rpc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of a session's channel. Responses and notifications are queued whole and written
 * by a single thread, so lines never interleave and no producer blocks on a slow client.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** Above this backlog, droppable lines (periodic samples) are skipped. */
    static final int SOFT_LIMIT = 32;
    /** Above this backlog the client is not reading at all; the session is closed. */
    static final int HARD_LIMIT = 10_000;

    /** Compared by identity, so no real line can be mistaken for it. */
    private static final String END = new String("end");

    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final OutputStream out;
    private final String sessionId;
    private final Runnable onFailure;
    private final Thread thread;
    private volatile boolean failed;

    Outbox(OutputStream out, String sessionId, Runnable onFailure) {
        this.out = out;
        this.sessionId = sessionId;
        this.onFailure = onFailure;
        this.thread = new Thread(this::run, "corral-" + sessionId + "-writer");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void send(String line) {
        if (failed) {
            return;
        }
        if (queue.size() >= HARD_LIMIT) {
            LOG.warn("session {}: client stopped reading ({} lines queued), closing", sessionId, queue.size());
            fail();
            return;
        }
        queue.add(line);
    }

    boolean offer(String line) {
        if (failed || queue.size() >= SOFT_LIMIT) {
            return false;
        }
        queue.add(line);
        return true;
    }

    /** Writes what is queued, then stops; returns when done or interrupted. */
    void finish() throws InterruptedException {
        queue.add(END);
        thread.join();
    }

    /** Stops at once; queued lines are lost (the channel is gone anyway). */
    void abort() {
        failed = true;
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                String line = queue.take();
                if (line == END) {
                    out.flush();
                    return;
                }
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            if (!failed) {
                LOG.debug("session {}: write failed: {}", sessionId, e.toString());
                fail();
            }
        }
    }

    private void fail() {
        failed = true;
        queue.clear();
        onFailure.run();
    }
}
