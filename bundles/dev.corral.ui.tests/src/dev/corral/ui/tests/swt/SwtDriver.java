package dev.corral.ui.tests.swt;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds and drives SWT widgets from tests running on the UI thread (SWTBot is not on Maven
 * Central). Widgets are found by the id the UI stores with {@code setData(key, id)} or by their
 * label; input goes through the X server ({@link Display#post}) so listeners see the same events
 * a person's mouse and keyboard produce. Waiting spins the event loop until a condition holds.
 */
public final class SwtDriver {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Display display;

    public SwtDriver(Display display) {
        this.display = Objects.requireNonNull(display);
    }

    public static SwtDriver current() {
        return new SwtDriver(Display.getCurrent());
    }

    /** The control under {@code root} whose {@code getData(key)} equals {@code id}. */
    public <T extends Control> T findById(Composite root, String key, String id, Class<T> type) {
        return find(root, type, c -> id.equals(c.getData(key)))
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " with " + key + "=" + id));
    }

    /** The control under {@code root} showing {@code label} (mnemonic '&' ignored). */
    public <T extends Control> T findByLabel(Composite root, String label, Class<T> type) {
        return find(root, type, c -> label.equals(textOf(c)))
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " labelled " + label));
    }

    /** Breadth-first search, so the outermost match wins when ids repeat in nested parts. */
    public <T extends Control> Optional<T> find(Composite root, Class<T> type, Predicate<? super T> matches) {
        Deque<Control> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Control control = queue.removeFirst();
            if (control.isDisposed()) {
                continue;
            }
            if (type.isInstance(control) && matches.test(type.cast(control))) {
                return Optional.of(type.cast(control));
            }
            if (control instanceof Composite composite) {
                for (Control child : composite.getChildren()) {
                    queue.addLast(child);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Clicks the middle of {@code control} with real (X server) mouse events. The events arrive
     * asynchronously: wait for their effect with {@link #waitUntil}.
     */
    public void click(Control control) {
        Point size = control.getSize();
        Point location = control.toDisplay(size.x / 2, size.y / 2);
        post(mouse(SWT.MouseMove, 0, location));
        // GTK presses on the window it finds under the pointer, and refuses the press while it sees
        // none there yet (a dialog's window mapped a moment ago): wait until it sees the control's shell
        Shell shell = control.getShell();
        waitUntil("the pointer over " + shell, () -> {
            Control under = display.getCursorControl();
            return under != null && under.getShell() == shell;
        });
        press(location);
    }

    /** Clicks at a display location with real mouse events. */
    public void click(Point location) {
        post(mouse(SWT.MouseMove, 0, location));
        waitUntil("the pointer over a window of this display at " + location, () -> display.getCursorControl() != null);
        press(location);
    }

    private void press(Point location) {
        post(mouse(SWT.MouseDown, 1, location));
        post(mouse(SWT.MouseUp, 1, location));
        flush();
    }

    /** Types characters on the focus control with real key events; '\r' or '\n' press Enter. */
    public void type(String text) {
        for (char character : text.toCharArray()) {
            // GTK finds no key for a bare '\r': Enter is posted by its key code
            boolean enter = character == '\r' || character == '\n';
            Event down = new Event();
            down.type = SWT.KeyDown;
            down.character = enter ? SWT.CR : character;
            down.keyCode = enter ? SWT.CR : 0;
            post(down);
            Event up = new Event();
            up.type = SWT.KeyUp;
            up.character = down.character;
            up.keyCode = down.keyCode;
            post(up);
        }
        flush();
    }

    /**
     * Sends a synthetic event straight to a widget's listeners, for input that has no reliable
     * screen position (items of a collapsed tree, a virtual table's hidden rows).
     */
    public void notify(Widget widget, int eventType, Item item) {
        Event event = new Event();
        event.widget = widget;
        event.item = item;
        widget.notifyListeners(eventType, event);
        flush();
    }

    /** Spins the event loop until {@code condition} holds; fails after the default timeout. */
    public void waitUntil(String description, BooleanSupplier condition) {
        waitUntil(description, condition, DEFAULT_TIMEOUT);
    }

    public void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for: " + description);
            }
            if (!display.readAndDispatch()) {
                // Wake up periodically: the condition may change on another thread without any
                // UI event being queued.
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Processes every pending UI event, including those the posted input caused. */
    public void flush() {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private void post(Event event) {
        if (!display.post(event)) {
            throw new AssertionError("Display.post refused " + event + " (no X display with XTEST?)");
        }
    }

    private static Event mouse(int type, int button, Point location) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        event.x = location.x;
        event.y = location.y;
        return event;
    }

    private static String textOf(Control control) {
        try {
            Object text = control.getClass().getMethod("getText").invoke(control);
            return text instanceof String s ? s.replace("&", "") : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
