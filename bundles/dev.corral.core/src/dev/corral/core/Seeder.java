package dev.corral.core;

import dev.corral.core.internal.Messages;
import dev.corral.core.internal.SeedFile;
import dev.corral.core.internal.SeedFile.SeedHost;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.osgi.util.NLS;

/**
 * Registers the hosts of a seed file. The file is trusted like the console's own configuration
 * (whoever can write it can write known_hosts too), so its host keys are pinned without asking
 * and replace whatever was pinned for that address before.
 */
final class Seeder {

    private Seeder() {
    }

    static IStatus apply(FleetService fleet, Path file) throws CoreException {
        MultiStatus result = new MultiStatus(CorralCore.PLUGIN_ID, StatusCodes.GENERIC,
                NLS.bind(Messages.Seeder_result, file), null);
        for (SeedHost seed : SeedFile.read(file)) {
            if (fleet.findHost(seed.name()) == null) {
                HostSpec spec = new HostSpec(seed.name(), seed.address(), seed.port(), seed.user(), seed.keyFile(),
                        seed.local());
                IStatus valid = spec.validate(fleet);
                if (!valid.isOK()) {
                    result.add(valid);
                    continue;
                }
                fleet.addHost(spec);
            }
            if (seed.hostKey() != null) {
                pin(fleet, file, seed, result);
            }
        }
        return result;
    }

    private static void pin(FleetService fleet, Path file, SeedHost seed, MultiStatus result) {
        try {
            PublicKey key = AuthorizedKeyEntry.parseAuthorizedKeyEntry(seed.hostKey()).resolvePublicKey(null,
                    PublicKeyEntryResolver.FAILING);
            fleet.getKnownHosts().replace(seed.address(), seed.port(), key);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            result.add(CorralCore.error(StatusCodes.STORAGE,
                    NLS.bind(Messages.Seeder_badHostKey, new Object[] { file, seed.name(), e.getMessage() }), e));
        }
    }
}
