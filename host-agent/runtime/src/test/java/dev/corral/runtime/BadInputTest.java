package dev.corral.runtime;

import dev.corral.runtime.internal.Cmd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every bad request is a typed error and leaves the host exactly as it was. Needs root. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    TestHost host;
    ContainerRuntime rt;

    @BeforeAll
    void setUp() throws Exception {
        host = new TestHost();
        rt = host.runtime;
        host.busybox();
        rt.create(ContainerSpec.of("taken", Templates.BUSYBOX, host.ip(50)));
    }

    @AfterAll
    void tearDown() {
        if (host != null) {
            host.close();
        }
    }

    void rejected(RuntimeError.Kind kind, Executable op) {
        List<String> before = host.footprint();
        RuntimeError e = assertThrows(RuntimeError.class, op);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(kind.code(), e.errorCode());
        assertEquals(before, host.footprint(), "host changed by a rejected request: " + e.getMessage());
    }

    ContainerSpec spec(String name, String ip) {
        return ContainerSpec.of(name, Templates.BUSYBOX, ip);
    }

    @Test
    void badNamesAreInvalid() {
        for (String name : new String[] {"../etc", "a/b", "Upper", "-dash", "dash-", "", ".hidden", "a.b", "x".repeat(64),
                "sp ace", "nul\0"}) {
            rejected(RuntimeError.Kind.INVALID, () -> rt.create(spec(name, host.ip(60))));
        }
        rejected(RuntimeError.Kind.INVALID, () -> rt.create(spec(null, host.ip(60))));
        rejected(RuntimeError.Kind.INVALID, () -> rt.status("../../etc"));
        rejected(RuntimeError.Kind.INVALID, () -> rt.create(spec("okname", host.ip(60)).withHostname("bad_host!")));
        rejected(RuntimeError.Kind.INVALID, () -> rt.templates().buildBusybox("../x"));
    }

    @Test
    void badAddressesAreInvalidOrConflict() {
        for (String ip : new String[] {"10.0.0.5", host.ip(0), host.ip(255), host.gateway(), "1.2.3", host.ip(300),
                host.subnetPrefix + ".010", "", "::1"}) {
            rejected(RuntimeError.Kind.INVALID, () -> rt.create(spec("addr", ip)));
        }
        rejected(RuntimeError.Kind.INVALID, () -> rt.create(spec("addr", null)));
        rejected(RuntimeError.Kind.CONFLICT, () -> rt.create(spec("addr", host.ip(50))));
    }

    @Test
    void namesTakenAndUnknownThings() {
        rejected(RuntimeError.Kind.CONFLICT, () -> rt.create(spec("taken", host.ip(61))));
        rejected(RuntimeError.Kind.NOT_FOUND, () -> rt.create(ContainerSpec.of("notemplate", "nosuch", host.ip(61))));
        rejected(RuntimeError.Kind.NOT_FOUND, () -> rt.start("ghost"));
        rejected(RuntimeError.Kind.NOT_FOUND, () -> rt.stop("ghost", Duration.ofSeconds(1)));
        rejected(RuntimeError.Kind.NOT_FOUND, () -> rt.destroy("ghost"));
        rejected(RuntimeError.Kind.NOT_FOUND, () -> rt.exec("ghost", List.of("true"), Duration.ofSeconds(1)));
        rejected(RuntimeError.Kind.NOT_FOUND, () -> rt.templates().show("nosuch"));
        rejected(RuntimeError.Kind.NOT_FOUND, () -> rt.templates().delete("nosuch"));
        rejected(RuntimeError.Kind.CONFLICT, () -> rt.stop("taken", Duration.ofSeconds(1)));
        rejected(RuntimeError.Kind.CONFLICT, () -> rt.usage("taken"));
        rejected(RuntimeError.Kind.CONFLICT, () -> rt.templates().delete(Templates.BUSYBOX));
        rejected(RuntimeError.Kind.CONFLICT, () -> rt.templates().buildBusybox(Templates.BUSYBOX));
    }

    @Test
    void concurrentCreatesOfOneAddressOrNameLetExactlyOneThrough() throws Exception {
        for (int round = 0; round < 2; round++) {
            int r = round;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<ContainerInfo>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                // round 0: four names, one address; round 1: one name, four addresses
                fs.add(pool.submit(() -> rt.create(r == 0 ? spec("race" + n, host.ip(90)) : spec("race", host.ip(91 + n)))));
            }
            int ok = 0;
            for (java.util.concurrent.Future<ContainerInfo> f : fs) {
                try {
                    f.get();
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertEquals(RuntimeError.Kind.CONFLICT, ((RuntimeError) e.getCause()).kind());
                }
            }
            pool.shutdown();
            assertEquals(1, ok);
            for (ContainerInfo c : rt.list()) {
                if (c.name().startsWith("race")) {
                    rt.destroy(c.name());
                }
            }
        }
    }

    @Test
    void impossibleLimitsAreInvalid() {
        Limits[] bad = {
            Limits.NONE.withMemory(1),
            Limits.NONE.withMemory(1L << 50),
            Limits.NONE.withMemory(64L << 20).withMemorySwap(32L << 20),
            Limits.NONE.withMemorySwap(64L << 20),
            Limits.NONE.withCpus(1000),
            Limits.NONE.withCpus(0.001),
            Limits.NONE.withCpuset("64"),
            Limits.NONE.withCpuset("1-0"),
            Limits.NONE.withCpuset("x"),
            Limits.NONE.withCpuShares(1),
            Limits.NONE.withPids(0),
            Limits.NONE.withBlkioWeight(5),
        };
        for (Limits l : bad) {
            rejected(RuntimeError.Kind.INVALID, () -> rt.create(spec("lim", host.ip(62)).withLimits(l)));
            rejected(RuntimeError.Kind.INVALID, () -> rt.setLimits("taken", l));
        }
    }

    @Test
    void tarballWithoutInitIsInvalid() throws Exception {
        Path src = Files.createTempDirectory(host.stateDir, "noinit");
        Files.writeString(src.resolve("hello"), "hi");
        Path tar = host.stateDir.resolve("noinit.tar");
        Cmd.check("tar", "-cf", tar.toString(), "-C", src.toString(), ".");
        rejected(RuntimeError.Kind.INVALID, () -> rt.templates().importTarball("noinit", tar, null));
        rejected(RuntimeError.Kind.INVALID, () -> rt.templates().importTarball("noinit", host.stateDir.resolve("nope.tar"), null));
    }

    @Test
    void failedStartLeavesNoTrace() throws Exception {
        // A rootfs whose /sbin/init cannot be executed: runc fails after netns, veth, mount and
        // cgroup were made, and all of them must go again.
        Path src = Files.createTempDirectory(host.stateDir, "badinit");
        Files.createDirectories(src.resolve("sbin"));
        Files.createDirectories(src.resolve("etc"));
        Files.writeString(src.resolve("sbin/init"), "not a program");
        Path tar = host.stateDir.resolve("badinit.tar");
        Cmd.check("tar", "-cf", tar.toString(), "-C", src.toString(), ".");
        rt.templates().importTarball("badinit", tar, null);
        rt.create(ContainerSpec.of("broken", "badinit", host.ip(63)));
        rejected(RuntimeError.Kind.RUNTIME_FAILURE, () -> rt.start("broken"));
        assertEquals(ContainerState.STOPPED, rt.status("broken").state());
        rt.destroy("broken");
        rt.templates().delete("badinit");
    }
}
