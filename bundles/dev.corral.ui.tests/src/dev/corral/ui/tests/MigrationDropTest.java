package dev.corral.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.FleetService;
import dev.corral.core.HostSpec;
import dev.corral.core.internal.Messages;
import dev.corral.core.migration.PrecheckReport;
import dev.corral.model.ConnectionState;
import dev.corral.model.Container;
import dev.corral.model.ContainerState;
import dev.corral.model.CorralFactory;
import dev.corral.model.Host;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.migration.MigrationDialog;
import dev.corral.ui.internal.views.FleetView;
import dev.corral.ui.tests.swt.SwtDriver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dropping a container on a host, without agents: where migration cannot work the drop target
 * refuses (no drop feedback) and a drop says why before anything starts; the confirmation offers a
 * restart migration only as an explicit choice when a live one is impossible.
 */
class MigrationDropTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    static IWorkbenchWindow window;
    static SwtDriver driver;
    static FleetView fleetView;
    static FleetService fleet;
    static Host alpha;
    static Host beta;
    static Container web;

    @BeforeAll
    static void fleetWithTwoHosts() throws Exception {
        driver = SwtDriver.current();
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        fleetView = (FleetView) PlatformUI.getWorkbench().showPerspective(CorralUi.PERSPECTIVE_ID, window)
                .showView(CorralUi.FLEET_VIEW_ID);
        driver.waitUntil("fleet loaded", () -> fleetView.getFleet() != null, WAIT);
        fleet = fleetView.getFleet();
        alpha = fleet.addHost(new HostSpec("drop-alpha", "198.18.0.250", 2222, "root", null));
        beta = fleet.addHost(new HostSpec("drop-beta", "198.18.0.251", 2222, "root", null));
        web = CorralFactory.eINSTANCE.createContainer();
        web.setName("drop-web");
        web.setState(ContainerState.RUNNING);
        fleet.modify(() -> alpha.getContainers().add(web));
        driver.waitUntil("container in the tree", () -> fleetView.getViewer().testFindItem(web) != null, WAIT);
    }

    @AfterAll
    static void removeHosts() {
        closeDialogs();
        LocalSelectionTransfer.getTransfer().setSelection(null);
        if (fleet != null) {
            fleet.removeHost(alpha);
            fleet.removeHost(beta);
        }
    }

    @Test
    void theDropTargetAcceptsAContainerOnlyOnAnotherConnectedHost() {
        LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(web));
        var adapter = fleetView.getDropAdapter();
        var type = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
        assertFalse(adapter.validateDrop(beta, DND.DROP_MOVE, type), "beta is not connected");
        assertFalse(adapter.validateDrop(alpha, DND.DROP_MOVE, type), "its own host");
        assertFalse(adapter.validateDrop(web, DND.DROP_MOVE, type), "a container is no drop target");
        fleet.modify(() -> {
            alpha.setState(ConnectionState.CONNECTED);
            beta.setState(ConnectionState.CONNECTED);
        });
        try {
            assertTrue(adapter.validateDrop(beta, DND.DROP_MOVE, type));
            assertFalse(adapter.validateDrop(alpha, DND.DROP_MOVE, type));
            fleet.modify(() -> web.setState(ContainerState.STOPPED));
            assertFalse(adapter.validateDrop(beta, DND.DROP_MOVE, type), "not running");
        } finally {
            fleet.modify(() -> {
                web.setState(ContainerState.RUNNING);
                alpha.setState(ConnectionState.DISCONNECTED);
                beta.setState(ConnectionState.DISCONNECTED);
            });
        }
    }

    @Test
    void droppingOnItsOwnHostSaysWhyAndStartsNothing() {
        List<String> said = refusalShownFor(() -> assertNull(fleetView.getMigrationDrop().drop(web, alpha)));
        assertTrue(said.contains(NLS.bind(Messages.MigrationCheck_sameHost, "drop-web", "drop-alpha")), said::toString);
        assertEquals(0, Job.getJobManager().find(dev.corral.core.JobFamilies.MIGRATIONS).length);
    }

    @Test
    void droppingOnADisconnectedHostSaysWhy() {
        List<String> said = refusalShownFor(() -> assertNull(fleetView.getMigrationDrop().drop(web, beta)));
        assertTrue(said.contains(NLS.bind(Messages.MigrationCheck_destinationNotConnected, "drop-beta")),
                said::toString);
    }

    /** Runs the drop, then reads and closes the message it shows (from inside the dialog's own loop). */
    private static List<String> refusalShownFor(Runnable drop) {
        String title = dev.corral.ui.internal.Messages.MigrationDrop_title;
        List<String> said = new java.util.ArrayList<>();
        boolean[] closed = new boolean[1];
        answer(s -> title.equals(s.getText()), shell -> {
            said.addAll(labels(shell));
            shell.close();
            closed[0] = true;
        });
        drop.run();
        driver.waitUntil("the refusal shown and closed", () -> closed[0], WAIT);
        return said;
    }

    @Test
    void withoutLiveMigrationTheRestartIsAnExplicitChoice() {
        PrecheckReport report = new PrecheckReport("drop-web", "drop-alpha", "drop-beta",
                List.of(new PrecheckReport.Check("CRIU works on drop-alpha", "criu check failed: vDSO")),
                "criu check failed: vDSO", null);
        boolean[] seen = new boolean[1];
        answerWhenShown(MigrationDialog.SHELL_ID, shell -> {
            Button migrate = button(shell, IDialogConstants.OK_ID);
            assertFalse(migrate.isEnabled(), "no live migration: Migrate waits for the restart choice");
            for (String live : List.of(MigrationDialog.LIVE_ID, MigrationDialog.POST_COPY_ID)) {
                Button b = driver.findById(shell, CorralUi.WIDGET_ID_KEY, live, Button.class);
                assertFalse(b.isEnabled(), live + " is ruled out");
                assertFalse(b.getSelection(), live + " is not chosen");
            }
            Button restart = driver.findById(shell, CorralUi.WIDGET_ID_KEY, MigrationDialog.RESTART_ID, Button.class);
            assertTrue(restart.isEnabled(), "restart is offered instead");
            assertFalse(restart.getSelection(), "but not chosen for the operator");
            restart.setSelection(true);
            restart.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertTrue(migrate.isEnabled());
            seen[0] = true;
            migrate.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        assertEquals(MigrationDialog.Choice.RESTART, MigrationDialog.open(window.getShell(), report));
        assertTrue(seen[0]);
    }

    @Test
    void aPossibleLiveMigrationIsTheDefaultWithPostCopyAndRestartOffered() {
        PrecheckReport report = new PrecheckReport("drop-web", "drop-alpha", "drop-beta",
                List.of(new PrecheckReport.Check("drop-beta can take it live", null)), null, null);
        answerWhenShown(MigrationDialog.SHELL_ID, shell -> {
            assertTrue(mode(shell, MigrationDialog.LIVE_ID).getSelection(), "live is the default");
            for (String other : List.of(MigrationDialog.POST_COPY_ID, MigrationDialog.RESTART_ID)) {
                assertTrue(mode(shell, other).isEnabled(), other + " is offered");
                assertFalse(mode(shell, other).getSelection(), other);
            }
            button(shell, IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        assertEquals(MigrationDialog.Choice.LIVE, MigrationDialog.open(window.getShell(), report));
    }

    @Test
    void postCopyAndRestartAreChosenWithTheirButtons() {
        PrecheckReport report = new PrecheckReport("drop-web", "drop-alpha", "drop-beta",
                List.of(new PrecheckReport.Check("drop-beta can take it live", null)), null, null);
        for (String id : List.of(MigrationDialog.POST_COPY_ID, MigrationDialog.RESTART_ID)) {
            answerWhenShown(MigrationDialog.SHELL_ID, shell -> {
                choose(mode(shell, id));
                assertFalse(mode(shell, MigrationDialog.LIVE_ID).getSelection(), "one way at a time");
                button(shell, IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            assertEquals(id.equals(MigrationDialog.POST_COPY_ID) ? MigrationDialog.Choice.POST_COPY
                    : MigrationDialog.Choice.RESTART, MigrationDialog.open(window.getShell(), report));
        }
    }

    @Test
    void aPostCopyTheHostsCannotDoIsDisabledWithTheReason() {
        PrecheckReport report = new PrecheckReport("drop-web", "drop-alpha", "drop-beta",
                List.of(new PrecheckReport.Check("drop-beta can take it live", null)), null, null,
                "drop-beta has no lazy pages");
        List<String> said = new java.util.ArrayList<>();
        answerWhenShown(MigrationDialog.SHELL_ID, shell -> {
            Button postCopy = mode(shell, MigrationDialog.POST_COPY_ID);
            assertFalse(postCopy.isEnabled());
            said.addAll(labels(shell));
            assertTrue(mode(shell, MigrationDialog.LIVE_ID).getSelection(), "live is still the default");
            button(shell, IDialogConstants.CANCEL_ID).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        assertEquals(MigrationDialog.Choice.CANCEL, MigrationDialog.open(window.getShell(), report));
        assertTrue(said.stream().anyMatch(t -> t.contains("drop-beta has no lazy pages")), said::toString);
    }

    private static Button mode(Shell shell, String id) {
        return driver.findById(shell, CorralUi.WIDGET_ID_KEY, id, Button.class);
    }

    /** What a click on a radio button does. */
    private static void choose(Button radio) {
        radio.setSelection(true);
        radio.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static Button button(Shell shell, int id) {
        return driver.find(shell, Button.class, b -> Integer.valueOf(id).equals(b.getData())).orElseThrow();
    }

    private static List<String> labels(Shell shell) {
        List<String> texts = new java.util.ArrayList<>();
        driver.find(shell, Label.class, l -> {
            texts.add(l.getText());
            return false;
        });
        return texts;
    }

    private static Optional<Shell> findShell(java.util.function.Predicate<Shell> matches) {
        for (Shell s : Display.getCurrent().getShells()) {
            if (!s.isDisposed() && s.isVisible() && matches.test(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static void answerWhenShown(String id, Consumer<Shell> answer) {
        answer(s -> id.equals(s.getData(CorralUi.WIDGET_ID_KEY)), answer);
    }

    /** Answers a modal dialog from inside its own event loop. */
    private static void answer(java.util.function.Predicate<Shell> which, Consumer<Shell> answer) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Display display = Display.getCurrent();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            Optional<Shell> shell = findShell(which);
            if (shell.isPresent()) {
                try {
                    answer.accept(shell.get());
                } catch (AssertionError e) {
                    shell.get().close();
                    throw e;
                }
            } else if (System.nanoTime() < deadline) {
                display.timerExec(50, check[0]);
            }
        };
        display.timerExec(50, check[0]);
    }

    private static void closeDialogs() {
        for (Shell s : Display.getCurrent().getShells()) {
            if (s != window.getShell() && !s.isDisposed() && s.getParent() != null) {
                s.close();
            }
        }
    }
}
