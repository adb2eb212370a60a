package dev.corral.ui.internal;

import dev.corral.core.CorralCore;
import dev.corral.core.FleetService;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.model.Host;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Gets the console's {@link FleetService} without touching the disk on the display thread: the
 * first caller starts a job that loads the fleet (and the console's key), registers the UI's
 * host-key dialog and the error reporter, connects the local hosts, then hands the fleet to every
 * waiting caller on the display thread.
 */
public final class FleetAccess {

    private static FleetService fleet; // guarded by FleetAccess.class
    private static List<Consumer<FleetService>> waiting = new ArrayList<>(); // guarded by FleetAccess.class

    private FleetAccess() {
    }

    /** The fleet if already loaded, else null. */
    public static synchronized FleetService peek() {
        return fleet;
    }

    /** Calls {@code consumer} on the display thread once the fleet is loaded (at once if it is). */
    public static void whenReady(Display display, Consumer<FleetService> consumer) {
        FleetService ready;
        boolean start;
        synchronized (FleetAccess.class) {
            ready = fleet;
            start = ready == null && waiting.isEmpty();
            if (ready == null) {
                waiting.add(consumer);
            }
        }
        if (ready != null) {
            consumer.accept(ready);
        } else if (start) {
            new LoadJob(display).schedule();
        }
    }

    private static final class LoadJob extends Job {

        private final Display display;

        LoadJob(Display display) {
            super(Messages.FleetAccess_loading);
            this.display = display;
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            FleetService loaded = CorralCore.fleet();
            loaded.setHostKeyCallback(new HostKeyDialogCallback(display));
            ErrorReporter.install();
            try {
                loaded.getConsolePublicKey(); // generated here, not later by a wizard on the UI thread
            } catch (CoreException e) {
                ErrorReporter.log(e.getStatus());
            }
            List<Consumer<FleetService>> consumers;
            synchronized (FleetAccess.class) {
                fleet = loaded;
                consumers = waiting;
                waiting = new ArrayList<>();
            }
            connectLocalHosts(loaded);
            if (!display.isDisposed()) {
                display.asyncExec(() -> consumers.forEach(c -> c.accept(loaded)));
            }
            return Status.OK_STATUS;
        }

        /** The console's own machine (seeded as local) is connected without being asked. */
        private static void connectLocalHosts(FleetService fleet) {
            for (Host host : fleet.getHosts()) {
                if (fleet.read(host::isLocal)) {
                    Operations.schedule(fleet, new ConnectHostOperation(fleet, host));
                }
            }
        }
    }
}
