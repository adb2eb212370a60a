package dev.corral.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corral.core.FleetService;
import dev.corral.model.ConnectionState;
import dev.corral.model.Host;
import dev.corral.ui.CorralUi;
import dev.corral.ui.internal.HostKeyDialog;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.views.FleetView;
import dev.corral.ui.internal.views.TasksView;
import dev.corral.ui.internal.wizards.AddHostPage;
import dev.corral.ui.internal.wizards.AddHostWizard;
import dev.corral.ui.tests.swt.SwtDriver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's path through the real workbench against a real agent: add a host with the
 * wizard, trust its key in the dialog, see it and its facts; then the agent comes back with
 * another key and the console refuses it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetUiTest {

    private static final Duration NETWORK = Duration.ofSeconds(40);
    private static final String HOST = "ui-agent";

    @TempDir
    static Path dir;
    static Path authorizedKeys;
    static TestAgent agent;
    static IWorkbenchWindow window;
    static SwtDriver driver;
    static FleetView fleetView;
    static FleetService fleet;

    @BeforeAll
    static void start() throws Exception {
        authorizedKeys = dir.resolve("authorized_keys");
        Files.createFile(authorizedKeys);
        agent = TestAgent.start(dir.resolve("state-1"), authorizedKeys);
        driver = SwtDriver.current();
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(CorralUi.PERSPECTIVE_ID, window);
        fleetView = (FleetView) page.showView(CorralUi.FLEET_VIEW_ID);
        driver.waitUntil("fleet loaded", () -> fleetView.getFleet() != null, NETWORK);
        fleet = fleetView.getFleet();
        Files.writeString(authorizedKeys, fleet.getConsolePublicKey() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    @AfterAll
    static void stop() {
        if (agent != null) {
            agent.close();
        }
        closeDialogs();
    }

    @Test
    @Order(1)
    void addHostWithTheWizardTrustTheKeyAndSeeItsFacts() throws Exception {
        WizardDialog dialog = AddHostWizard.dialog(window.getShell(), fleet);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().forceActive();
        Shell shell = dialog.getShell();
        Button finish = driver.findByLabel(shell, IDialogConstants.FINISH_LABEL.replace("&", ""), Button.class);
        assertTrue(!finish.isEnabled(), "nothing entered yet");

        Text name = text(shell, AddHostPage.NAME_ID);
        driver.click(name);
        driver.waitUntil("name focused", name::isFocusControl);
        driver.type(HOST);
        driver.waitUntil("name typed", () -> HOST.equals(name.getText()));
        // validated while typing: the next missing field is named, Finish stays disabled
        assertEquals(dev.corral.core.internal.Messages.HostSpec_addressMissing, dialog.getCurrentPage().getErrorMessage());
        assertTrue(!finish.isEnabled());

        text(shell, AddHostPage.ADDRESS_ID).setText("127.0.0.1");
        text(shell, AddHostPage.PORT_ID).setText("x");
        assertTrue(!finish.isEnabled(), "a port must be a number");
        text(shell, AddHostPage.PORT_ID).setText(String.valueOf(agent.port()));
        driver.waitUntil("finish enabled", finish::isEnabled);
        driver.click(finish);
        driver.waitUntil("wizard closed", shell::isDisposed);

        Shell question = waitForShell(HostKeyDialog.SHELL_ID, NETWORK);
        String shown = Arrays.stream(question.getChildren()).flatMap(FleetUiTest::descendants)
                .filter(Label.class::isInstance).map(c -> ((Label) c).getText()).reduce("", String::concat);
        assertTrue(shown.contains(agent.fingerprint()), shown);
        driver.click(driver.findById(question, CorralUi.WIDGET_ID_KEY, HostKeyDialog.TRUST_ID, Button.class));

        Host host = fleet.findHost(HOST);
        assertNotNull(host);
        driver.waitUntil("connected", () -> fleet.read(host::getState) == ConnectionState.CONNECTED, NETWORK);
        TreeItem item = fleetItem(HOST);
        driver.waitUntil("tree shows connected",
                () -> Messages.State_connected.equals(fleetItem(HOST).getText(FleetView.COLUMN_STATE)));
        assertEquals("127.0.0.1:" + agent.port(), item.getText(FleetView.COLUMN_ADDRESS));

        // facts and live metrics in the Properties view
        fleetView.getViewer().setSelection(new StructuredSelection(host), true);
        PropertySheet sheet = (PropertySheet) window.getActivePage().showView(IPageLayout.ID_PROP_SHEET);
        window.getActivePage().activate(fleetView);
        String hostname = fleet.read(() -> host.getFacts().getHostname());
        driver.waitUntil("hostname in properties",
                () -> hostname.equals(property(sheet, Messages.HostProperties_hostname)));
        driver.waitUntil("metrics in properties", () -> !property(sheet, Messages.HostProperties_cpu).isEmpty(),
                NETWORK);

        // and the connect in the task log
        Table tasks = driver.findById(window.getShell(), CorralUi.WIDGET_ID_KEY, TasksView.TABLE_WIDGET_ID,
                Table.class);
        driver.waitUntil("task done", () -> Arrays.stream(tasks.getItems())
                .anyMatch(t -> HOST.equals(t.getText(TasksView.COLUMN_HOST))
                        && Messages.TaskState_done.equals(t.getText(TasksView.COLUMN_STATE))));
    }

    @Test
    @Order(2)
    void aChangedHostKeyIsRefusedWithBothFingerprints() throws Exception {
        Host host = fleet.findHost(HOST);
        String pinned = agent.fingerprint();
        int port = agent.port();
        execute(CorralUi.DISCONNECT_COMMAND_ID, host);
        driver.waitUntil("disconnected", () -> fleet.read(host::getState) == ConnectionState.DISCONNECTED, NETWORK);
        agent.close();
        agent = TestAgent.startOn(port, dir.resolve("state-2"), authorizedKeys);
        String offered = agent.fingerprint();
        // the harness suppresses error dialogs; this test is about the one the operator sees
        boolean automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false;
        try {
            execute(CorralUi.CONNECT_COMMAND_ID, host);
            refusedWithBothFingerprints(host, pinned, offered);
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
            closeDialogs();
        }
    }

    private void refusedWithBothFingerprints(Host host, String pinned, String offered) {
        driver.waitUntil("refused", () -> fleet.read(host::getState) == ConnectionState.FAILED, NETWORK);
        driver.waitUntil("message in the tree",
                () -> fleetItem(HOST).getText(FleetView.COLUMN_MESSAGE).contains(offered));
        String message = fleetItem(HOST).getText(FleetView.COLUMN_MESSAGE);
        assertTrue(message.contains(pinned), message);
        assertTrue(findShell(HostKeyDialog.SHELL_ID).isEmpty(), "a changed key is never offered for trust");
        // reported in one place: a single error dialog
        driver.waitUntil("error reported", () -> !dialogs().isEmpty());
        driver.flush();
        assertEquals(1, dialogs().size(), () -> "dialogs: " + dialogs().stream().map(Shell::getText).toList());
    }

    private void execute(String commandId, Host host) throws Exception {
        fleetView.getViewer().setSelection(new StructuredSelection(host), true);
        window.getActivePage().activate(fleetView);
        fleetView.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
    }

    private static Text text(Shell shell, String id) {
        return driver.findById(shell, CorralUi.WIDGET_ID_KEY, id, Text.class);
    }

    private static TreeItem fleetItem(String name) {
        Tree tree = fleetView.getViewer().getTree();
        return Arrays.stream(tree.getItems()).filter(i -> name.equals(i.getText(FleetView.COLUMN_NAME))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in the fleet tree"));
    }

    /** The value shown for a property, searched through the sheet's categories. */
    private static String property(PropertySheet sheet, String label) {
        Control control = sheet.getCurrentPage().getControl();
        if (!(control instanceof Tree tree)) {
            return "";
        }
        return Arrays.stream(tree.getItems()).flatMap(c -> Arrays.stream(c.getItems()))
                .filter(i -> label.equals(i.getText(0))).map(i -> i.getText(1)).findFirst().orElse("");
    }

    private static Shell waitForShell(String id, Duration timeout) {
        driver.waitUntil("shell " + id, () -> findShell(id).isPresent(), timeout);
        return findShell(id).get();
    }

    private static java.util.List<Shell> dialogs() {
        return Arrays.stream(Display.getCurrent().getShells())
                .filter(s -> s != window.getShell() && !s.isDisposed() && s.isVisible()).toList();
    }

    private static Optional<Shell> findShell(String id) {
        return Arrays.stream(Display.getCurrent().getShells())
                .filter(s -> !s.isDisposed() && id.equals(s.getData(CorralUi.WIDGET_ID_KEY))).findFirst();
    }

    private static java.util.stream.Stream<Control> descendants(Control c) {
        java.util.stream.Stream<Control> self = java.util.stream.Stream.of(c);
        return c instanceof org.eclipse.swt.widgets.Composite comp
                ? java.util.stream.Stream.concat(self, Arrays.stream(comp.getChildren()).flatMap(FleetUiTest::descendants))
                : self;
    }

    /** Error reports and leftovers are dialogs of their own: close them so later tests start clean. */
    private static void closeDialogs() {
        for (Shell s : Display.getCurrent().getShells()) {
            if (s != window.getShell() && !s.isDisposed() && s.getParent() != null) {
                s.close();
            }
        }
    }
}
