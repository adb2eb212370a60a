package dev.corral.ui.tests.swt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The helper's input really goes through the display server, as a person's would. */
class SwtDriverTest {

    private static final String KEY = "test.id";

    private Shell shell;
    private SwtDriver driver;

    @BeforeEach
    void openShell() {
        driver = SwtDriver.current();
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout(SWT.VERTICAL));
        shell.setBounds(40, 40, 300, 120);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void clickFiresSelectionThroughRealMouseEvents() {
        Button button = new Button(shell, SWT.PUSH);
        button.setText("&Apply");
        button.setData(KEY, "apply");
        AtomicInteger selections = new AtomicInteger();
        button.addListener(SWT.Selection, e -> selections.incrementAndGet());
        showShell();

        Button found = driver.findByLabel(shell, "Apply", Button.class);
        assertEquals(button, driver.findById(shell, KEY, "apply", Button.class));
        driver.click(found);

        driver.waitUntil("button selected", () -> selections.get() == 1);
    }

    @Test
    void typeEntersTextIntoTheFocusedControl() {
        Text text = new Text(shell, SWT.BORDER | SWT.SINGLE);
        showShell();
        driver.click(text);
        driver.waitUntil("text focused", text::isFocusControl);

        driver.type("ct1");

        driver.waitUntil("text typed", () -> "ct1".equals(text.getText()));
    }

    private void showShell() {
        // Mapping a window is asynchronous: a click posted before the first expose would miss it.
        AtomicInteger paints = new AtomicInteger();
        shell.addListener(SWT.Paint, e -> paints.incrementAndGet());
        shell.open();
        // Without a window manager nothing raises or focuses the shell for us.
        shell.forceActive();
        driver.waitUntil("shell painted", () -> paints.get() > 0);
    }
}
