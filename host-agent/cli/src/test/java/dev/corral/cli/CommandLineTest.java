package dev.corral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What corralctl decides before it connects anywhere. */
class CommandLineTest {

    @Test
    void sizesParseTheWayOperatorsWriteThem() throws Exception {
        assertEquals(512L << 20, Sizes.parse("512M"));
        assertEquals(2L << 30, Sizes.parse("2g"));
        assertEquals(2L << 30, Sizes.parse("2GiB"));
        assertEquals(1048576, Sizes.parse("1048576"));
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class, () -> Sizes.parse("lots")).exitCode());
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class, () -> Sizes.parse("-1M")).exitCode());
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class, () -> Sizes.parse("99999999999P")).exitCode());
        assertEquals("512M", Sizes.format(512L << 20));
        assertEquals("1.5G", Sizes.format(3L << 29));
    }

    @Test
    void optionsValuesFlagsAndTheCommandAfterTheDoubleDash() throws Exception {
        Args a = Args.parse(List.of("ct1", "--memory", "1G", "--sysctl=a=1", "--sysctl", "b=2", "--force", "--",
                "sh", "-c", "--memory"), List.of("memory", "sysctl"), List.of("force"));
        assertEquals("ct1", a.positional(0, "name"));
        assertEquals("1G", a.option("memory"));
        assertEquals(List.of("a=1", "b=2"), a.all("sysctl"));
        assertTrue(a.flag("force"));
        assertEquals(List.of("sh", "-c", "--memory"), a.rest());
        assertThrows(CliException.class, () -> Args.parse(List.of("--bogus"), List.of(), List.of()));
        assertThrows(CliException.class, () -> Args.parse(List.of("--memory"), List.of("memory"), List.of()));
    }

    @Test
    void hostOptionOverridesTheDefaultAndKnowsBracketedPorts() throws Exception {
        Target t = Target.resolve("198.18.0.2:2300", "/tmp/key", "/dev/null", false);
        assertEquals("198.18.0.2", t.host());
        assertEquals(2300, t.port());
        assertEquals("[198.18.0.2]:2300", t.knownHostsName());
        Target v6 = Target.resolve("[::1]:2222", "/tmp/key", "/dev/null", false);
        assertEquals("::1", v6.host());
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class,
                () -> Target.resolve("h:99999", null, "/dev/null", false)).exitCode());
    }

    @Test
    void usageErrorsExitWithTwoWithoutConnecting() {
        assertEquals(ExitCodes.USAGE, run("frobnicate").code);
        assertEquals(ExitCodes.USAGE, run().code);
        assertEquals(ExitCodes.USAGE, run("--nope", "list").code);
        Result help = run("--help");
        assertEquals(ExitCodes.OK, help.code);
        assertTrue(help.out.contains("create NAME --template T"));
    }

    @Test
    void unreadableKeyIsAConnectionError() {
        Result r = run("-i", "/nonexistent/key", "--config", "/dev/null", "list");
        assertEquals(ExitCodes.CONNECTION, r.code);
        assertTrue(r.err.contains("/nonexistent/key"), r.err);
    }

    @Test
    void unlimitedRemovesALimit() throws Exception {
        Args a = Args.parse(List.of("--memory", "unlimited", "--cpus", "none", "--pids", "unlimited", "--swap", "1G"),
                LimitOptions.NAMES, List.of());
        dev.corral.protocol.Limits l = LimitOptions.limits(a);
        assertEquals(-1L, l.memoryBytes());
        assertEquals(-1.0, l.cpus());
        assertEquals(-1L, l.pids());
        assertEquals(1L << 30, l.swapBytes());
    }

    @Test
    void rpcErrorCodesMapToStableExitCodes() {
        assertEquals(ExitCodes.NOT_FOUND, ExitCodes.of(dev.corral.protocol.ErrorCodes.NOT_FOUND));
        assertEquals(ExitCodes.CONFLICT, ExitCodes.of(dev.corral.protocol.ErrorCodes.CONFLICT));
        assertEquals(ExitCodes.USAGE, ExitCodes.of(dev.corral.protocol.ErrorCodes.INVALID_PARAMS));
        assertEquals(ExitCodes.FAILURE, ExitCodes.of(dev.corral.protocol.ErrorCodes.RUNTIME_FAILURE));
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
