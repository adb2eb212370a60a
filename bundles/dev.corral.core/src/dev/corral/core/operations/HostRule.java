package dev.corral.core.operations;

import dev.corral.model.Host;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Serializes the connection work of one host: a connect never races a reconnect of the same host.
 * Hosts are EObjects, so equality is identity.
 */
public record HostRule(Host host) implements ISchedulingRule {

    @Override
    public boolean contains(ISchedulingRule rule) {
        return isConflicting(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof HostRule other && other.host == host;
    }

}
