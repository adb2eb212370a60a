package dev.corral.runtime.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition against a deadline, never a blind sleep. */
public final class Poll {

    private Poll() {
    }

    /** True when the condition held before the deadline. Polls every 10-100 ms (backing off). */
    public static boolean until(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 10;
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return condition.getAsBoolean();
            }
            pause = Math.min(100, pause * 2);
        }
    }
}
