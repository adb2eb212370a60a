package dev.corral.ui.internal.properties;

import dev.corral.core.LimitValues;
import dev.corral.model.Limits;
import dev.corral.ui.internal.Messages;
import java.util.function.Function;

/**
 * One editable limit of a container: how the model's value reads as text, how typed text is
 * checked, and the protocol change it makes. Clearing a field removes the limit, which
 * {@code container.set} spells as a negative number (an empty cpuset).
 */
enum LimitProperty {

    MEMORY(Messages.ContainerProperties_memoryLimit, l -> LimitValues.formatSize(l.getMemoryBytes())) {
        @Override
        dev.corral.protocol.Limits change(String text) {
            Long v = LimitValues.size(text, Messages.ContainerProperties_memoryLimit);
            return new dev.corral.protocol.Limits(v == null ? -1L : v, null, null, null, null, null, null);
        }
    },
    SWAP(Messages.ContainerProperties_swapLimit, l -> LimitValues.formatSize(l.getSwapBytes())) {
        @Override
        dev.corral.protocol.Limits change(String text) {
            Long v = LimitValues.size(text, Messages.ContainerProperties_swapLimit);
            return new dev.corral.protocol.Limits(null, v == null ? -1L : v, null, null, null, null, null);
        }
    },
    CPUS(Messages.ContainerProperties_cpus, l -> LimitValues.formatCpus(l.getCpus())) {
        @Override
        dev.corral.protocol.Limits change(String text) {
            Double v = LimitValues.cpus(text);
            return new dev.corral.protocol.Limits(null, null, v == null ? -1.0 : v, null, null, null, null);
        }
    },
    CPU_WEIGHT(Messages.ContainerProperties_cpuWeight, l -> LimitValues.formatCount(l.getCpuWeight())) {
        @Override
        dev.corral.protocol.Limits change(String text) {
            Integer v = LimitValues.cpuWeight(text);
            return new dev.corral.protocol.Limits(null, null, null, v == null ? -1 : v, null, null, null);
        }
    },
    CPUSET(Messages.ContainerProperties_cpuset, Limits::getCpuset) {
        @Override
        dev.corral.protocol.Limits change(String text) {
            String v = LimitValues.cpuset(text);
            return new dev.corral.protocol.Limits(null, null, null, null, v == null ? "" : v, null, null); //$NON-NLS-1$
        }
    },
    PIDS(Messages.ContainerProperties_pids, l -> LimitValues.formatCount(l.getPids())) {
        @Override
        dev.corral.protocol.Limits change(String text) {
            Long v = LimitValues.pids(text);
            return new dev.corral.protocol.Limits(null, null, null, null, null, v == null ? -1L : v, null);
        }
    };

    private final String label;
    private final Function<Limits, String> text;

    LimitProperty(String label, Function<Limits, String> text) {
        this.label = label;
        this.text = text;
    }

    String label() {
        return label;
    }

    /** The model's value as the operator would type it; empty for "no limit". */
    String text(Limits limits) {
        String t = limits == null ? null : text.apply(limits);
        return t == null ? "" : t; //$NON-NLS-1$
    }

    /** @throws IllegalArgumentException with a message for the operator when the text is not valid */
    abstract dev.corral.protocol.Limits change(String text);

    String id() {
        return "limits." + name(); //$NON-NLS-1$
    }
}
