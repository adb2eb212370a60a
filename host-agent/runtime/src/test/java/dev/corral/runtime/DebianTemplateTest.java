package dev.corral.runtime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * debian-12 built with debootstrap (once: the template is cached in a state directory that
 * survives the run) and booted with sysvinit. Needs the Debian mirror, so it runs only with
 * -Dcorral.debianTests=true; -Dcorral.debianStateDir moves the cache.
 */
@EnabledIfSystemProperty(named = "corral.debianTests", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebianTemplateTest {

    TestHost host;
    ContainerRuntime rt;

    @BeforeAll
    void setUp() throws Exception {
        host = new TestHost(Path.of(System.getProperty("corral.debianStateDir", "/var/cache/corral-test/debian-state")));
        rt = host.runtime;
        rt.templates().ensureDebian12(Templates.DEBIAN_12, null);
    }

    @AfterAll
    void tearDown() {
        if (host != null) {
            host.close();
        }
    }

    String sh(String c, String script) {
        ExecResult r = rt.exec(c, List.of("/bin/sh", "-c", script), Duration.ofSeconds(30));
        assertEquals(0, r.exitCode(), () -> script + ": " + r.stdout() + r.stderr());
        return r.stdout().strip();
    }

    @Test
    void sysvinitBootsToRunlevelTwoAndShutsDownOnSigpwr() {
        TemplateInfo t = rt.templates().show(Templates.DEBIAN_12);
        assertEquals("PWR", t.stopSignal());
        assertEquals(t, rt.templates().ensureDebian12(Templates.DEBIAN_12, null), "built once, then cached");

        rt.create(ContainerSpec.of("deb", Templates.DEBIAN_12, host.ip(80)).withHostname("deb1"));
        rt.start("deb");
        assertEquals("deb1", sh("deb", "hostname"));
        boolean rl2 = dev.corral.runtime.internal.Poll.until(Duration.ofSeconds(20), () -> rt.exec("deb",
                List.of("runlevel"), Duration.ofSeconds(10)).stdout().strip().endsWith("2"));
        assertTrue(rl2, () -> "sysvinit reached runlevel 2: " + rt.exec("deb", List.of("/bin/sh", "-c",
                "runlevel; ls -la /run /var/run; ps -ef"), Duration.ofSeconds(10)));
        String ps = sh("deb", "ps -e -o comm=");
        assertTrue(ps.lines().anyMatch("init"::equals), ps);
        assertTrue(ps.lines().noneMatch(l -> l.contains("getty")), ps);
        assertTrue(sh("deb", "ip -4 -o addr show dev eth0").contains(host.ip(80) + "/24"));
        sh("deb", "cat /etc/debian_version");

        long t0 = System.nanoTime();
        rt.stop("deb", Duration.ofSeconds(30));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 30_000, "init 0 ended the container before the SIGKILL deadline: " + ms + " ms");
        rt.destroy("deb");
    }
}
