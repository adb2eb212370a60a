package dev.corral.core.tests;

import static org.junit.jupiter.api.Assertions.fail;

import dev.corral.core.FleetService;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Waits for the model to reach a state: woken by the model's own notifications (no sleeping), with
 * a deadline that fails the test with a description of what was seen.
 */
public final class ModelWait {

    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private ModelWait() {
    }

    public static void until(FleetService fleet, BooleanSupplier condition, Supplier<String> seen) {
        until(fleet, condition, DEADLINE, seen);
    }

    public static void until(FleetService fleet, BooleanSupplier condition, Duration timeout, Supplier<String> seen) {
        Object signal = new Object();
        EContentAdapter adapter = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                synchronized (signal) {
                    signal.notifyAll();
                }
            }
        };
        fleet.modify(() -> {
            fleet.getInventory().eAdapters().add(adapter);
            fleet.getTaskLog().eAdapters().add(adapter);
        });
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!fleet.read(condition::getAsBoolean)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("not reached within " + timeout.toSeconds() + " s; seen: " + fleet.read(seen));
                }
                synchronized (signal) {
                    // bounded: a notification between the check and this wait is not lost for long
                    signal.wait(Math.max(1, Math.min(left / 1_000_000, 200)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        } finally {
            fleet.modify(() -> {
                fleet.getInventory().eAdapters().remove(adapter);
                fleet.getTaskLog().eAdapters().remove(adapter);
            });
        }
    }

    /** Joins a job with a deadline and returns it for its result. */
    public static Job join(Job job) throws InterruptedException {
        if (!job.join(DEADLINE.toMillis(), null)) {
            fail("job '" + job.getName() + "' did not finish within " + DEADLINE.toSeconds() + " s");
        }
        return job;
    }
}
