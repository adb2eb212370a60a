package dev.corral.core.internal;

import dev.corral.model.CorralFactory;
import dev.corral.model.Host;
import dev.corral.model.HostFacts;
import dev.corral.model.HostMetrics;
import dev.corral.protocol.HelloResult;

/**
 * Copies protocol records into the EMF model. Facts and metrics are replaced as whole objects
 * rather than edited field by field: one notification per sample, and a reader never sees half
 * of an old sample mixed with half of a new one. Callers hold the model lock.
 */
public final class ModelMapper {

    private ModelMapper() {
    }

    public static void applyHello(Host host, HelloResult hello) {
        HostFacts facts = CorralFactory.eINSTANCE.createHostFacts();
        facts.setAgentVersion(hello.agentVersion());
        facts.setProtocolVersion(hello.protocolVersion());
        dev.corral.protocol.HostFacts f = hello.facts();
        if (f != null) {
            facts.setHostname(f.hostname());
            facts.setKernel(f.kernel());
            facts.setArch(f.arch());
            facts.setCpus(f.cpus());
            facts.setMemoryBytes(f.memoryBytes());
            facts.setDiskTotalBytes(f.diskTotalBytes());
            facts.setDiskFreeBytes(f.diskFreeBytes());
            facts.setRuncVersion(f.runcVersion());
            facts.setCriuVersion(f.criuVersion());
            facts.setUptimeSeconds(f.uptimeSeconds());
        }
        host.setFacts(facts);
    }

    public static void applyMetrics(Host host, dev.corral.protocol.HostMetrics m) {
        HostMetrics metrics = CorralFactory.eINSTANCE.createHostMetrics();
        metrics.setTimestamp(m.timestamp());
        metrics.setCpuPercent(m.cpuPercent());
        metrics.setMemoryUsedBytes(m.memoryUsedBytes());
        metrics.setMemoryTotalBytes(m.memoryTotalBytes());
        metrics.setLoad1(m.load1());
        metrics.setLoad5(m.load5());
        metrics.setLoad15(m.load15());
        host.setMetrics(metrics);
    }
}
