package dev.corral.core.internal;

import dev.corral.core.CorralCore;
import dev.corral.core.FleetService;
import java.nio.file.Path;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Owns the console's one {@link FleetService}, created on first use and stopped with the bundle. */
public final class Activator implements BundleActivator {

    private static volatile Bundle bundle;
    private static FleetService fleet; // guarded by Activator.class

    @Override
    public void start(BundleContext context) {
        bundle = context.getBundle();
    }

    @Override
    public void stop(BundleContext context) {
        FleetService f;
        synchronized (Activator.class) {
            f = fleet;
            fleet = null;
        }
        if (f != null) {
            f.stop();
        }
        bundle = null;
    }

    public static synchronized FleetService fleet() {
        if (fleet == null) {
            if (bundle == null) {
                throw new IllegalStateException(CorralCore.PLUGIN_ID + " is not active");
            }
            FleetService f = new FleetService(stateDirectory());
            try {
                f.start();
            } catch (CoreException e) {
                // a console without its fleet is still useful to show the error; log and go on
                ILog.of(Activator.class).log(e.getStatus());
            }
            fleet = f;
            seed(f);
        }
        return fleet;
    }

    private static Path stateDirectory() {
        try {
            return Platform.getStateLocation(bundle).toPath();
        } catch (IllegalStateException e) {
            // no instance location (-data @none): keep the fleet in the user's home instead
            return Path.of(System.getProperty("user.home"), ".corral", "console");
        }
    }

    private static void seed(FleetService f) {
        Path seed = SeedFile.locate(Platform.getApplicationArgs());
        if (seed == null || f.getInventory() == null) {
            return;
        }
        try {
            IStatus status = f.applySeed(seed);
            if (!status.isOK()) {
                ILog.of(Activator.class).log(status);
            }
        } catch (CoreException e) {
            ILog.of(Activator.class).log(e.getStatus());
        }
    }
}
