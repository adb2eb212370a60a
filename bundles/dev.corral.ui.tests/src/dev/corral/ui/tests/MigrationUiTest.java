package dev.corral.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.FleetService;
import dev.corral.core.JobFamilies;
import dev.corral.core.operations.BuildTemplateOperation;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.core.operations.CorralOperation;
import dev.corral.core.operations.CreateContainerOperation;
import dev.corral.core.operations.MigrateOperation;
import dev.corral.core.operations.OperationJob;
import dev.corral.model.Container;
import dev.corral.model.ContainerState;
import dev.corral.model.Host;
import dev.corral.model.Task;
import dev.corral.model.TaskState;
import dev.corral.protocol.ContainerSpec;
import dev.corral.testsupport.Lab;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.migration.MigrationDialog;
import dev.corral.ui.internal.views.FleetView;
import dev.corral.ui.internal.views.TasksView;
import dev.corral.ui.tests.swt.SwtDriver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live migration as the operator does it, between two real agent hosts of a lab: drag a running
 * container onto the other host in the Fleet view, confirm the prechecks, and see it arrive under
 * that host while the Tasks view records the migration Done with its frozen time.
 * <p>
 * The drag is real (X server mouse events through {@link Display#post}). Where the X server
 * cannot carry a GTK drag (Xvfb without a window manager may not), the test drops through
 * {@code FleetView.getMigrationDrop().drop(container, host)}, the very method the tree's drop
 * listener calls, and says so on stdout.
 */
class MigrationUiTest {

    private static final Duration NETWORK = Duration.ofSeconds(40);
    private static final Duration BUILD = Duration.ofMinutes(3);
    private static final Duration MIGRATE = Duration.ofMinutes(2);
    private static final String NAME = "ui-mover";
    /** How the task log's message of a migration begins: "frozen 312 ms (…)". */
    private static final String FROZEN = dev.corral.core.internal.Messages.TaskProgress_frozen.substring(0,
            dev.corral.core.internal.Messages.TaskProgress_frozen.indexOf('{'));

    static Lab lab;
    static IWorkbenchWindow window;
    static SwtDriver driver;
    static FleetView fleetView;
    static TasksView tasksView;
    static FleetService fleet;
    static Host h1;
    static Host h2;

    @BeforeAll
    static void labOfTwo() throws Exception {
        driver = SwtDriver.current();
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(CorralUi.PERSPECTIVE_ID, window);
        fleetView = (FleetView) page.showView(CorralUi.FLEET_VIEW_ID);
        tasksView = (TasksView) page.showView(CorralUi.TASKS_VIEW_ID);
        page.activate(fleetView);
        driver.waitUntil("fleet loaded", () -> fleetView.getFleet() != null, NETWORK);
        fleet = fleetView.getFleet();
        lab = Lab.up("cu", 2);
        assertTrue(fleet.applySeed(lab.seedFile()).isOK());
        h1 = fleet.findHost(lab.hosts().get(0).name());
        h2 = fleet.findHost(lab.hosts().get(1).name());
        for (Host h : List.of(h1, h2)) {
            runAndWait(new ConnectHostOperation(fleet, h), NETWORK);
            runAndWait(new BuildTemplateOperation(fleet, h, BuildTemplateOperation.BUSYBOX), BUILD);
        }
        runAndWait(new CreateContainerOperation(fleet, h1, new ContainerSpec(NAME, BuildTemplateOperation.BUSYBOX, null,
                lab.lanAddress(60), null, null, null), true), NETWORK);
        driver.waitUntil("running under " + h1.getName(), () -> state(h1) == ContainerState.RUNNING, NETWORK);
    }

    @AfterAll
    static void down() {
        for (Shell s : Display.getCurrent().getShells()) {
            if (s != window.getShell() && !s.isDisposed() && s.getParent() != null) {
                s.close();
            }
        }
        try {
            if (fleet != null) {
                for (Host h : new Host[] { h1, h2 }) {
                    if (h != null) {
                        fleet.removeHost(h);
                    }
                }
            }
        } finally {
            if (lab != null) {
                lab.close();
            }
        }
    }

    @Test
    void dragARunningContainerOntoTheOtherHostAndSeeItArrive() throws Exception {
        Container container = container(h1);
        boolean[] confirmed = new boolean[1];
        answerWhenShown(MigrationDialog.SHELL_ID, shell -> {
            Button migrate = driver.find(shell, Button.class,
                    b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).orElseThrow();
            assertTrue(migrate.isEnabled(), "the prechecks passed: Migrate is offered");
            confirmed[0] = true;
            migrate.notifyListeners(SWT.Selection, new Event());
        });

        if (!dragWithTheMouse(container, h2)) {
            System.out.println("MigrationUiTest: the X server carried no drag; dropping through FleetView's drop code path");
            fleetView.getMigrationDrop().drop(container, h2);
        }
        driver.waitUntil("the prechecks confirmed", () -> confirmed[0], NETWORK);
        driver.waitUntil("the migration done", () -> Job.getJobManager().find(JobFamilies.MIGRATIONS).length == 0
                && migrationTask() != null && migrationTask().getState() != TaskState.RUNNING, MIGRATE);

        Task task = migrationTask();
        assertEquals(TaskState.DONE, fleet.read(task::getState), () -> fleet.read(task::getMessage));
        driver.waitUntil("arrived under " + h2.getName() + " and gone from " + h1.getName(),
                () -> container(h1) == null && state(h2) == ContainerState.RUNNING, NETWORK);
        TreeItem arrived = treeItem(h2, NAME).orElseThrow();
        assertEquals(Messages.ContainerState_running, arrived.getText(FleetView.COLUMN_STATE));
        driver.waitUntil("the task row Done with its frozen time", () -> taskRow(task).filter(
                row -> Messages.TaskState_done.equals(row.getText(TasksView.COLUMN_STATE))
                        && row.getText(TasksView.COLUMN_MESSAGE).startsWith(FROZEN)).isPresent(), NETWORK);
    }

    /**
     * Presses on the container's row, moves in steps to the host's row and releases there; true
     * when the drop reached the tree (the prechecks started).
     */
    private static boolean dragWithTheMouse(Container container, Host target) {
        Tree tree = fleetView.getViewer().getTree();
        fleetView.getViewer().setSelection(new StructuredSelection(container), true);
        TreeItem from = treeItem(h1, NAME).orElseThrow();
        TreeItem to = (TreeItem) fleetView.getViewer().testFindItem(target);
        Point start = center(tree, from.getBounds());
        Point end = center(tree, to.getBounds());
        post(SWT.MouseMove, 0, start);
        post(SWT.MouseDown, 1, start);
        pace();
        // GTK starts a drag only after the pointer moved past its threshold with the button held,
        // and tracks the target from motion it has processed: move in small, paced steps
        for (int i = 1; i <= 20; i++) {
            post(SWT.MouseMove, 0, new Point(start.x + (end.x - start.x) * i / 20, start.y + (end.y - start.y) * i / 20));
            pace();
        }
        post(SWT.MouseMove, 0, end);
        pace();
        post(SWT.MouseUp, 1, end);
        driver.flush();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (Job.getJobManager().find(JobFamilies.MIGRATIONS).length > 0 || findShell(MigrationDialog.SHELL_ID).isPresent()) {
                return true;
            }
            if (!Display.getCurrent().readAndDispatch()) {
                Display.getCurrent().timerExec(20, () -> {
                });
                Display.getCurrent().sleep();
            }
        }
        return false;
    }

    /** Lets the event loop run for a moment between input events (pacing input, not awaiting a result). */
    private static void pace() {
        long until = System.nanoTime() + Duration.ofMillis(40).toNanos();
        driver.waitUntil("input paced", () -> System.nanoTime() >= until, Duration.ofSeconds(5));
    }

    private static Point center(Tree tree, Rectangle bounds) {
        return tree.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
    }

    private static void post(int type, int button, Point at) {
        Event e = new Event();
        e.type = type;
        e.button = button;
        e.x = at.x;
        e.y = at.y;
        Display.getCurrent().post(e);
    }

    private static Task migrationTask() {
        return fleet.read(() -> fleet.getTaskLog().getTasks().stream()
                .filter(t -> NLS.bind(dev.corral.core.internal.Messages.MigrateOperation_title,
                        new Object[] { NAME, h1.getName(), h2.getName() }).equals(t.getTitle()))
                .reduce((a, b) -> b).orElse(null));
    }

    private static Optional<TableItem> taskRow(Task task) {
        return Arrays.stream(tasksView.getViewer().getTable().getItems()).filter(i -> i.getData() == task).findFirst();
    }

    private static Container container(Host host) {
        return fleet.read(() -> host.getContainers().stream().filter(c -> NAME.equals(c.getName())).findFirst()
                .orElse(null));
    }

    private static ContainerState state(Host host) {
        Container c = container(host);
        return c == null ? null : fleet.read(c::getState);
    }

    private static Optional<TreeItem> treeItem(Host host, String name) {
        TreeItem hostItem = (TreeItem) fleetView.getViewer().testFindItem(host);
        if (hostItem == null) {
            return Optional.empty();
        }
        fleetView.getViewer().setExpandedState(host, true);
        return Arrays.stream(hostItem.getItems()).filter(i -> name.equals(i.getText(FleetView.COLUMN_NAME))).findFirst();
    }

    private static void runAndWait(CorralOperation operation, Duration deadline) {
        Job job = new OperationJob(fleet, operation);
        job.schedule();
        driver.waitUntil(operation.getTitle(), () -> job.getResult() != null, deadline);
        assertTrue(job.getResult().isOK(), job.getResult()::toString);
    }

    private static Optional<Shell> findShell(String id) {
        return Arrays.stream(Display.getCurrent().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && id.equals(s.getData(CorralUi.WIDGET_ID_KEY))).findFirst();
    }

    private static void answerWhenShown(String id, java.util.function.Consumer<Shell> answer) {
        long deadline = System.nanoTime() + NETWORK.toNanos();
        Display display = Display.getCurrent();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            Optional<Shell> shell = findShell(id);
            if (shell.isPresent()) {
                answer.accept(shell.get());
            } else if (System.nanoTime() < deadline) {
                display.timerExec(50, check[0]);
            }
        };
        display.timerExec(50, check[0]);
    }
}
