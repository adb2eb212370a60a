package dev.corral.runtime.internal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.corral.runtime.Limits;
import dev.corral.runtime.RuntimeError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CPU weight on both cgroup versions: v2's scale maps proportionally onto v1 shares and back. */
class CpuWeightTest {

    @Test
    void weightAndSharesMapProportionallyBothWays() {
        assertEquals(1024, Limits.sharesForWeight(100));
        assertEquals(100, Limits.weightForShares(1024));
        assertEquals(10, Limits.sharesForWeight(1));
        assertEquals(102400, Limits.sharesForWeight(10_000));
        assertEquals(2048, Limits.sharesForWeight(200));
        assertEquals(50, Limits.weightForShares(512));
        for (int w = 1; w <= 10_000; w++) {
            assertEquals(w, Limits.weightForShares(Limits.sharesForWeight(w)), "weight " + w);
        }
        // shares beyond what a weight can say stay within v2's range
        assertEquals(1, Limits.weightForShares(2));
        assertEquals(10_000, Limits.weightForShares(262_144));
        assertThrows(RuntimeError.class, () -> Limits.sharesForWeight(0));
        assertThrows(RuntimeError.class, () -> Limits.sharesForWeight(10_001));
        assertEquals(300, Limits.NONE.withCpuWeight(300).cpuWeight());
        assertNull(Limits.NONE.cpuWeight());
    }

    @Test
    void cgroupV2GetsTheWeightItself(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("corral-t/ct"));
        Files.writeString(dir.resolve("cpu.weight"), "1");
        Cgroups v2 = new Cgroups.V2(root, "/corral-t/ct");
        v2.apply(Limits.NONE, Limits.NONE.withCpuWeight(100));
        assertEquals("100", Files.readString(dir.resolve("cpu.weight")));
        v2.apply(Limits.NONE.withCpuWeight(100), Limits.NONE.withCpuShares(2048));
        assertEquals("200", Files.readString(dir.resolve("cpu.weight")));
        v2.apply(Limits.NONE.withCpuShares(2048), Limits.NONE);
        assertEquals("100", Files.readString(dir.resolve("cpu.weight")), "removed: v2's default");
    }

    private static JsonObject linux(Limits limits, boolean v2, Map<String, String> sysctls) {
        String json = OciSpec.build(new OciSpec.Params("/rootfs", "ct", "/run/netns/x", "/corral-t/ct", limits, v2,
                sysctls));
        return JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("linux");
    }

    @Test
    void ociSpecGivesV1SharesAndV2TheWeightRuncWouldOtherwiseConvert() {
        JsonObject v1 = linux(Limits.NONE.withCpuWeight(100), false, Map.of()).getAsJsonObject("resources");
        assertEquals(1024, v1.getAsJsonObject("cpu").get("shares").getAsInt());
        assertFalse(v1.has("unified"));

        JsonObject v2 = linux(Limits.NONE.withCpuWeight(100).withCpus(0.5), true, Map.of()).getAsJsonObject("resources");
        assertEquals("100", v2.getAsJsonObject("unified").get("cpu.weight").getAsString());
        assertFalse(v2.getAsJsonObject("cpu").has("shares"), "runc would turn 1024 shares into weight 39");
        assertEquals(50_000, v2.getAsJsonObject("cpu").get("quota").getAsLong());
    }

    @Test
    void ociSpecCarriesTheSysctlsForRuncToApply() {
        JsonObject l = linux(Limits.NONE, false, Map.of("net.ipv4.ip_forward", "1", "kernel.shmmax", "4096"));
        assertEquals("1", l.getAsJsonObject("sysctl").get("net.ipv4.ip_forward").getAsString());
        assertEquals("4096", l.getAsJsonObject("sysctl").get("kernel.shmmax").getAsString());
        assertFalse(linux(Limits.NONE, false, Map.of()).has("sysctl"));
    }
}
