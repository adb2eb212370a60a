package dev.corral.core.operations;

import dev.corral.model.Host;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Serializes the operations on one container (start never races destroy), while operations on
 * other containers of the same host run side by side. Containers are named per host, and the
 * name is the key rather than the model object: a create has no object yet.
 */
public record ContainerRule(Host host, String name) implements ISchedulingRule {

    @Override
    public boolean contains(ISchedulingRule rule) {
        return isConflicting(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof ContainerRule other && other.host == host && other.name.equals(name);
    }
}
