package dev.corral.core;

import dev.corral.core.internal.Activator;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Entry point for the running console: the one {@link FleetService} and status helpers. */
public final class CorralCore {

    public static final String PLUGIN_ID = "dev.corral.core";

    private CorralCore() {
    }

    /**
     * The console's fleet, loaded from the bundle's state location and seeded on first use.
     *
     * @throws IllegalStateException when the bundle is not active (plain JUnit without OSGi)
     */
    public static FleetService fleet() {
        return Activator.fleet();
    }

    public static IStatus error(int code, String message, Throwable cause) {
        return new Status(IStatus.ERROR, PLUGIN_ID, code, message, cause);
    }

    public static CoreException exception(int code, String message, Throwable cause) {
        return new CoreException(error(code, message, cause));
    }
}
