package dev.corral.ui.internal;

import dev.corral.model.ConnectionState;
import dev.corral.model.ContainerState;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/** Small coloured dots for host connection and container states, drawn in code (no icon files to ship), freed with the control. */
public final class StateImages {

    private static final int SIZE = 12;

    private final Map<ConnectionState, Image> images = new EnumMap<>(ConnectionState.class);
    private final Map<ContainerState, Image> containerImages = new EnumMap<>(ContainerState.class);

    public StateImages(Control owner) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), owner);
        images.put(ConnectionState.CONNECTED, resources.create(dot(new RGB(46, 160, 67))));
        images.put(ConnectionState.CONNECTING, resources.create(dot(new RGB(219, 171, 9))));
        images.put(ConnectionState.FAILED, resources.create(dot(new RGB(207, 34, 46))));
        images.put(ConnectionState.DISCONNECTED, resources.create(dot(new RGB(140, 149, 159))));
        containerImages.put(ContainerState.RUNNING, images.get(ConnectionState.CONNECTED));
        containerImages.put(ContainerState.STARTING, images.get(ConnectionState.CONNECTING));
        containerImages.put(ContainerState.STOPPING, images.get(ConnectionState.CONNECTING));
        containerImages.put(ContainerState.MIGRATING, images.get(ConnectionState.CONNECTING));
        containerImages.put(ContainerState.FROZEN, resources.create(dot(new RGB(9, 105, 218))));
        containerImages.put(ContainerState.STOPPED, images.get(ConnectionState.DISCONNECTED));
        containerImages.put(ContainerState.UNKNOWN, resources.create(dot(new RGB(210, 214, 219))));
    }

    public Image get(ContainerState state) {
        return containerImages.get(state == null ? ContainerState.UNKNOWN : state);
    }

    public Image get(ConnectionState state) {
        return images.get(state == null ? ConnectionState.DISCONNECTED : state);
    }

    private static ImageDescriptor dot(RGB color) {
        return ImageDescriptor.createFromImageDataProvider(zoom -> {
            int size = SIZE * zoom / 100;
            ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
            int pixel = data.palette.getPixel(color);
            double r = size / 2.0 - 1;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double dx = x + 0.5 - size / 2.0;
                    double dy = y + 0.5 - size / 2.0;
                    boolean inside = dx * dx + dy * dy <= r * r;
                    data.setPixel(x, y, pixel);
                    data.setAlpha(x, y, inside ? 255 : 0);
                }
            }
            return data;
        });
    }
}
