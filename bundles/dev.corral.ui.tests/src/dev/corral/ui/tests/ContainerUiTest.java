package dev.corral.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.FleetService;
import dev.corral.core.HostKeyCallback;
import dev.corral.core.HostSpec;
import dev.corral.core.ShellSession;
import dev.corral.core.internal.ContainerMapper;
import dev.corral.core.operations.ConnectHostOperation;
import dev.corral.model.ConnectionState;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.Operations;
import dev.corral.ui.internal.handlers.DestroyContainerHandler;
import dev.corral.ui.internal.terminal.TerminalView;
import dev.corral.ui.internal.views.FleetView;
import dev.corral.ui.internal.wizards.NewContainerPage;
import dev.corral.ui.internal.wizards.NewContainerWizard;
import dev.corral.ui.tests.swt.SwtDriver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.tm.internal.terminal.provisional.api.TerminalState;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A container's life as the operator lives it, against a real agent with real runc: the New
 * Container wizard (validation while typing, the busybox template built from the wizard), start,
 * RUNNING in the fleet tree, a shell in the Terminal view, stop, destroy after the confirmation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerUiTest {

    private static final Duration NETWORK = Duration.ofSeconds(40);
    private static final Duration BUILD = Duration.ofMinutes(3);
    private static final String HOST = "ct-agent";
    private static final String NAME = "ui-web";

    @TempDir
    static Path dir;
    static TestAgent agent;
    static IWorkbenchWindow window;
    static SwtDriver driver;
    static FleetView fleetView;
    static FleetService fleet;
    static Host host;

    @BeforeAll
    static void connect() throws Exception {
        Path keys = dir.resolve("authorized_keys");
        driver = SwtDriver.current();
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(CorralUi.PERSPECTIVE_ID, window);
        fleetView = (FleetView) page.showView(CorralUi.FLEET_VIEW_ID);
        driver.waitUntil("fleet loaded", () -> fleetView.getFleet() != null, NETWORK);
        fleet = fleetView.getFleet();
        Files.writeString(keys, fleet.getConsolePublicKey() + "\n", StandardCharsets.UTF_8);
        agent = TestAgent.start(dir.resolve("state"), keys);
        host = fleet.addHost(new HostSpec(HOST, "127.0.0.1", agent.port(), "root", null));
        // the host-key dialog has its own test: trust this agent without asking
        HostKeyCallback dialog = fleet.getHostKeyCallback();
        fleet.setHostKeyCallback((where, type, fingerprint) -> true);
        try {
            Job job = Operations.schedule(fleet, new ConnectHostOperation(fleet, host));
            driver.waitUntil("connected", () -> job.getResult() != null, NETWORK);
            assertTrue(job.getResult().isOK(), job.getResult()::toString);
        } finally {
            fleet.setHostKeyCallback(dialog);
        }
        assertEquals(ConnectionState.CONNECTED, fleet.read(host::getState));
    }

    @AfterAll
    static void stop() {
        closeDialogs();
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    @Order(1)
    void createAContainerWithTheWizardStartItAndSeeItRunning() throws Exception {
        // as the New Container command opens it for a selected host, but not blocking the test
        WizardDialog dialog = NewContainerWizard.dialog(window.getShell(), fleet, host);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        shell.forceActive();
        Combo hosts = driver.findById(shell, CorralUi.WIDGET_ID_KEY, NewContainerPage.HOST_ID, Combo.class);
        assertEquals(HOST, hosts.getText(), "preselected from the fleet's selection");

        Combo templates = driver.findById(shell, CorralUi.WIDGET_ID_KEY, NewContainerPage.TEMPLATE_ID, Combo.class);
        Button buildBusybox = driver.findById(shell, CorralUi.WIDGET_ID_KEY, NewContainerPage.BUILD_ID_PREFIX + "busybox",
                Button.class);
        driver.waitUntil("templates listed", () -> buildBusybox.isEnabled() || templates.getItemCount() > 0, NETWORK);
        if (!Arrays.asList(templates.getItems()).contains("busybox")) {
            driver.click(buildBusybox);
            driver.waitUntil("busybox built", () -> Arrays.asList(templates.getItems()).contains("busybox"), BUILD);
        }
        assertFalse(buildBusybox.isEnabled(), "offered only while missing");
        assertEquals("busybox", templates.getText());

        Button finish = driver.findByLabel(shell, IDialogConstants.FINISH_LABEL.replace("&", ""), Button.class);
        Text name = text(shell, NewContainerPage.NAME_ID);
        driver.click(name);
        driver.waitUntil("name focused", name::isFocusControl);
        driver.type("Web");
        driver.waitUntil("typed", () -> "Web".equals(name.getText()));
        assertEquals(NLS.bind(dev.corral.core.internal.Messages.ContainerInput_nameInvalid, "Web"),
                dialog.getCurrentPage().getErrorMessage(), "a DNS label, checked while typing");
        assertFalse(finish.isEnabled());
        name.setText("");
        driver.type(NAME);
        driver.waitUntil("typed", () -> NAME.equals(name.getText()));

        text(shell, NewContainerPage.MEMORY_ID).setText("64X");
        assertEquals(NLS.bind(dev.corral.core.internal.Messages.LimitValues_size,
                dev.corral.core.internal.Messages.ContainerInput_memory, "64X"), dialog.getCurrentPage().getErrorMessage());
        text(shell, NewContainerPage.MEMORY_ID).setText("64M");
        text(shell, NewContainerPage.IP_ID).setText("10.0.0.300");
        assertFalse(finish.isEnabled(), "not an IPv4 address");
        String ip = agent.subnetPrefix() + ".30";
        text(shell, NewContainerPage.IP_ID).setText(ip);
        text(shell, NewContainerPage.PIDS_ID).setText("100");
        driver.findById(shell, CorralUi.WIDGET_ID_KEY, NewContainerPage.START_ID, Button.class).setSelection(false);
        driver.waitUntil("finish enabled", finish::isEnabled);
        driver.click(finish);
        driver.waitUntil("wizard closed", shell::isDisposed);

        driver.waitUntil("created, stopped", () -> Messages.ContainerState_stopped.equals(state(NAME)), NETWORK);
        assertEquals(ip, containerItem(NAME).getText(FleetView.COLUMN_ADDRESS));
        assertEquals(64L << 20, fleet.read(() -> container().getLimits().getMemoryBytes()));

        select(container());
        execute(CorralUi.START_CONTAINER_COMMAND_ID);
        driver.waitUntil("running in the tree", () -> Messages.ContainerState_running.equals(state(NAME)), NETWORK);
        driver.waitUntil("usage in the tree", () -> !containerItem(NAME).getText(FleetView.COLUMN_USAGE).isEmpty(),
                NETWORK);
    }

    @Test
    @Order(2)
    void aShellInTheTerminalViewRunsWhatIsTypedAndClosesWithTheView() throws Exception {
        select(container());
        execute(CorralUi.OPEN_TERMINAL_COMMAND_ID);
        TerminalView view = terminal();
        driver.waitUntil("shell connected", () -> view.getState() == TerminalState.CONNECTED, NETWORK);
        ShellSession shell = view.getShell();
        assertNotNull(shell);
        window.getShell().forceActive();
        view.setFocus();
        driver.waitUntil("terminal focused", () -> view.getControl().getControl().isFocusControl());
        driver.type("echo hi\r");
        try {
            driver.waitUntil("output in the terminal",
                    () -> terminalText(view).lines().anyMatch(l -> l.strip().equals("hi")), NETWORK);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the terminal shows:\n" + terminalText(view), e);
        }

        window.getActivePage().hideView(view);
        driver.waitUntil("channel closed with the view", () -> !shell.isOpen(), NETWORK);
    }

    @Test
    @Order(3)
    void stopAndDestroyAfterConfirming() throws Exception {
        select(container());
        execute(CorralUi.STOP_CONTAINER_COMMAND_ID);
        driver.waitUntil("stopped in the tree", () -> Messages.ContainerState_stopped.equals(state(NAME)), NETWORK);

        select(container());
        boolean[] asked = new boolean[1];
        answerWhenShown(DestroyContainerHandler.CONFIRM_ID, confirm -> {
            asked[0] = true;
            driver.click(driver.findByLabel(confirm, Messages.DestroyContainerHandler_destroy.replace("&", ""),
                    Button.class));
        });
        execute(CorralUi.DESTROY_CONTAINER_COMMAND_ID); // returns once the dialog is answered
        assertTrue(asked[0], "destroy asks first");
        driver.waitUntil("gone from the tree", () -> findContainerItem(NAME).isEmpty(), NETWORK);
        assertTrue(fleet.read(() -> ContainerMapper.find(host, NAME) == null));
    }

    private static Container container() {
        return fleet.read(() -> ContainerMapper.find(host, NAME));
    }

    private static TerminalView terminal() {
        return (TerminalView) Arrays.stream(window.getActivePage().getViewReferences())
                .filter(r -> CorralUi.TERMINAL_VIEW_ID.equals(r.getId())).map(r -> r.getPart(false))
                .filter(TerminalView.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no terminal view"));
    }

    private static String terminalText(TerminalView view) {
        view.getControl().selectAll();
        String text = view.getControl().getSelection();
        return text == null ? "" : text;
    }

    private static void select(Object element) {
        fleetView.getViewer().setSelection(new StructuredSelection(element), true);
        window.getActivePage().activate(fleetView);
    }

    private static void execute(String commandId) throws Exception {
        fleetView.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
    }

    /**
     * Answers a modal dialog a command is about to open: the command's {@code open()} spins its own
     * event loop, which runs this check every 50 ms until the dialog shows (or the deadline).
     */
    private static void answerWhenShown(String id, java.util.function.Consumer<Shell> answer) {
        long deadline = System.nanoTime() + NETWORK.toNanos();
        Display display = Display.getCurrent();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            Optional<Shell> shell = findShell(id).filter(Shell::isVisible);
            if (shell.isPresent()) {
                shell.get().forceActive();
                answer.accept(shell.get());
            } else if (System.nanoTime() < deadline) {
                display.timerExec(50, check[0]);
            }
        };
        display.timerExec(50, check[0]);
    }

    private static String state(String name) {
        return findContainerItem(name).map(i -> i.getText(FleetView.COLUMN_STATE)).orElse("");
    }

    private static TreeItem containerItem(String name) {
        return findContainerItem(name).orElseThrow(() -> new AssertionError("no " + name + " under " + HOST));
    }

    private static Optional<TreeItem> findContainerItem(String name) {
        return Arrays.stream(fleetView.getViewer().getTree().getItems())
                .filter(i -> HOST.equals(i.getText(FleetView.COLUMN_NAME))).flatMap(i -> Arrays.stream(i.getItems()))
                .filter(i -> name.equals(i.getText(FleetView.COLUMN_NAME))).findFirst();
    }

    private static Text text(Shell shell, String id) {
        return driver.findById(shell, CorralUi.WIDGET_ID_KEY, id, Text.class);
    }

    private static Optional<Shell> findShell(String id) {
        return Arrays.stream(Display.getCurrent().getShells())
                .filter(s -> !s.isDisposed() && id.equals(s.getData(CorralUi.WIDGET_ID_KEY))).findFirst();
    }

    private static void closeDialogs() {
        for (Shell s : Display.getCurrent().getShells()) {
            if (s != window.getShell() && !s.isDisposed() && s.getParent() != null) {
                s.close();
            }
        }
    }
}
