package dev.corral.runtime;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The runtime fixture of the checkpoint and migration tests: one {@link TestHost} (its own state
 * directory, agent id, bridge and random 198.18.x.0/24) with the busybox template, and a
 * {@link CounterWorkload} on it, for a whole test class, since a host and its template take
 * seconds. The workload's clients are closed after each test, so no connection outlives the test
 * that opened it; after the class the host is removed, whatever the tests left.
 * <p>
 * Register it on a static field (JUnit runs the after-all callback of static ones only) and take
 * the host and workload in the test's field initializers:
 * <pre>
 * &#64;RegisterExtension
 * static final CounterFixture fixture = new CounterFixture();
 * final TestHost host = fixture.host();
 * </pre>
 * The host is made at that first call, which is why this needs no before-all callback: with
 * {@code Lifecycle.PER_CLASS} that is once per class.
 */
final class CounterFixture implements AfterEachCallback, AfterAllCallback {

    private TestHost host;
    private CounterWorkload workload;

    /** The class's host, made with the busybox template at the first call. */
    synchronized TestHost host() {
        if (host == null) {
            try {
                host = new TestHost();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            host.busybox();
        }
        return host;
    }

    /** The counter workload on {@link #host()}. */
    synchronized CounterWorkload workload() {
        if (workload == null) {
            workload = new CounterWorkload(host());
        }
        return workload;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (workload != null) {
            workload.closeClients();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (host != null) {
            host.close();
        }
    }
}
