package dev.corral.core.migration;

import dev.corral.core.FleetService;
import dev.corral.core.HostConnection;
import dev.corral.core.client.AgentClient;
import dev.corral.core.internal.Messages;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.protocol.HostFacts;
import dev.corral.protocol.Methods;
import dev.corral.protocol.MigrationPrecheckParams;
import dev.corral.protocol.PrecheckResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The checks before a migration, nothing changed by them: the destination's
 * {@code migration.precheck} (asked twice when it refuses a live one, to learn whether a restart
 * migration would do), and on the source what the console knows: the container runs there, the
 * host's CRIU works, and the destination's host key is pinned here (the source refuses any other).
 * The source agent checks the container itself again when the migration starts.
 */
public final class MigrationPrecheck {

    private final FleetService fleet;
    private final Container container;
    private final Host destination;

    public MigrationPrecheck(FleetService fleet, Container container, Host destination) {
        this.fleet = fleet;
        this.container = container;
        this.destination = destination;
    }

    public PrecheckReport run(IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, 3);
        record Snapshot(Host source, String sourceName, String destinationName, String name, String template,
                        String ip, String address, int port) {
        }
        Snapshot s = fleet.read(() -> {
            Host source = (Host) container.eContainer();
            return new Snapshot(source, source == null ? null : source.getName(), destination.getName(),
                    container.getName(), container.getTemplate(), container.getIpAddress(), destination.getAddress(),
                    destination.getPort());
        });
        List<PrecheckReport.Check> checks = new ArrayList<>();
        String refusal = MigrationCheck.refusal(fleet, container, destination);
        checks.add(new PrecheckReport.Check(NLS.bind(Messages.MigrationPrecheck_model, s.name(), s.sourceName()), refusal));
        if (refusal != null) {
            return new PrecheckReport(s.name(), s.sourceName(), s.destinationName(), checks, refusal, refusal);
        }
        HostConnection sourceConnection = fleet.getConnection(s.source());
        AgentClient sourceClient = sourceConnection.requireClient();
        AgentClient destinationClient = fleet.getConnection(destination).requireClient();

        HostFacts sourceFacts = sourceClient.getHello() == null ? null : sourceClient.getHello().facts();
        HostFacts destinationFacts = destinationClient.getHello() == null ? null : destinationClient.getHello().facts();
        String criu = criuProblem(sourceFacts);
        checks.add(new PrecheckReport.Check(NLS.bind(Messages.MigrationPrecheck_sourceCriu, s.sourceName()), criu));

        String hostKey = pinnedKey(s.address(), s.port());
        checks.add(new PrecheckReport.Check(NLS.bind(Messages.MigrationPrecheck_hostKey, s.destinationName()),
                hostKey == null ? NLS.bind(Messages.MigrationPrecheck_noHostKey, s.destinationName()) : null));

        sub.subTask(NLS.bind(Messages.MigrationPrecheck_asking, s.destinationName()));
        List<String> live = problems(destinationClient,
                new MigrationPrecheckParams(s.name(), s.template(), s.ip(), 0, true), sub.split(1));
        checks.add(new PrecheckReport.Check(NLS.bind(Messages.MigrationPrecheck_destinationLive, s.destinationName()),
                live.isEmpty() ? null : String.join("; ", live))); //$NON-NLS-1$
        List<String> restart = live;
        if (!live.isEmpty()) {
            restart = problems(destinationClient,
                    new MigrationPrecheckParams(s.name(), s.template(), s.ip(), 0, false), sub.split(1));
            checks.add(new PrecheckReport.Check(
                    NLS.bind(Messages.MigrationPrecheck_destinationRestart, s.destinationName()),
                    restart.isEmpty() ? null : String.join("; ", restart))); //$NON-NLS-1$
        }
        String keyRefusal = hostKey == null ? NLS.bind(Messages.MigrationPrecheck_noHostKey, s.destinationName()) : null;
        String liveRefusal = first(keyRefusal, criu, live.isEmpty() ? null : String.join("; ", live)); //$NON-NLS-1$
        String restartRefusal = first(keyRefusal, restart.isEmpty() ? null : String.join("; ", restart)); //$NON-NLS-1$
        String postCopyRefusal = first(liveRefusal, lazyPagesProblem(sourceFacts, s.sourceName()),
                lazyPagesProblem(destinationFacts, s.destinationName()));
        return new PrecheckReport(s.name(), s.sourceName(), s.destinationName(), List.copyOf(checks), liveRefusal,
                restartRefusal, postCopyRefusal);
    }

    private List<String> problems(AgentClient client, MigrationPrecheckParams params, IProgressMonitor monitor)
            throws CoreException {
        PrecheckResult result = client.call(Methods.MIGRATION_PRECHECK, params, PrecheckResult.class,
                fleet.getSettings().getRequestTimeout(), monitor);
        return result == null || result.problems() == null ? List.of() : result.problems();
    }

    private String pinnedKey(String address, int port) {
        try {
            return fleet.getKnownHosts().pinnedKey(address, port);
        } catch (IOException e) {
            return null;
        }
    }

    /** An agent older than checkpoints says nothing about CRIU: its own refusal will tell. */
    static String criuProblem(HostFacts facts) {
        return facts == null ? null : facts.criuCheck();
    }

    /** Post-copy restores before the memory has moved: both hosts need CRIU's lazy pages (userfaultfd). */
    static String lazyPagesProblem(HostFacts facts, String hostName) {
        return facts != null && Boolean.FALSE.equals(facts.lazyPages())
                ? NLS.bind(Messages.MigrationPrecheck_noLazyPages, hostName) : null;
    }

    private static String first(String... refusals) {
        for (String r : refusals) {
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
