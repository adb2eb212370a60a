package dev.corral.ui.internal.views;

import dev.corral.model.ConnectionState;
import dev.corral.model.Container;
import dev.corral.model.Host;
import dev.corral.model.HostMetrics;
import dev.corral.ui.internal.Labels;
import dev.corral.ui.internal.Messages;
import dev.corral.ui.internal.StateImages;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/**
 * The fleet tree's columns, for hosts and their containers. Called on the display thread while
 * agents change the model: values are read under the model lock through {@code read}.
 */
final class FleetColumns {

    /** One column's text and image for each kind of row. */
    interface Cell {
        String host(Host host);

        String container(Container container);
    }

    private FleetColumns() {
    }

    static final Cell NAME = cell(Host::getName, Container::getName);
    static final Cell STATE = cell(h -> Labels.state(h.getState()), c -> Labels.state(c.getState()));
    static final Cell ADDRESS = cell(h -> h.getAddress() + ":" + h.getPort(), //$NON-NLS-1$
            c -> c.getIpAddress() == null ? "" : c.getIpAddress()); //$NON-NLS-1$
    static final Cell USAGE = cell(FleetColumns::hostUsage, c -> Labels.usage(c.getMetrics()));
    static final Cell MESSAGE = cell(h -> h.getMessage() == null ? "" : h.getMessage(), //$NON-NLS-1$
            c -> c.getTemplate() == null ? "" : NLS.bind(Messages.FleetView_template, c.getTemplate())); //$NON-NLS-1$

    private static String hostUsage(Host h) {
        HostMetrics m = h.getMetrics();
        return m == null ? "" //$NON-NLS-1$
                : NLS.bind(Messages.Usage_host, Labels.percent(m.getCpuPercent()),
                        Labels.bytes(m.getMemoryUsedBytes()) + " / " + Labels.bytes(m.getMemoryTotalBytes())); //$NON-NLS-1$
    }

    private static Cell cell(java.util.function.Function<Host, String> host,
            java.util.function.Function<Container, String> container) {
        return new Cell() {
            @Override
            public String host(Host h) {
                return host.apply(h);
            }

            @Override
            public String container(Container c) {
                return container.apply(c);
            }
        };
    }

    /** A label provider for {@code cell}; with {@code images}, the first column shows state dots. */
    static ColumnLabelProvider provider(java.util.function.Function<java.util.function.Supplier<Object>, Object> read,
            Cell cell, StateImages images) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return (String) read.apply(() -> {
                    if (element instanceof Host h) {
                        return cell.host(h);
                    }
                    return element instanceof Container c ? cell.container(c) : ""; //$NON-NLS-1$
                });
            }

            @Override
            public Image getImage(Object element) {
                if (images == null) {
                    return null;
                }
                return (Image) read.apply(() -> {
                    if (element instanceof Host h) {
                        return images.get(h.getState());
                    }
                    return element instanceof Container c ? images.get(c.getState()) : null;
                });
            }

            @Override
            public String getToolTipText(Object element) {
                return (String) read.apply(() -> element instanceof Host h && h.getState() == ConnectionState.FAILED
                        ? h.getMessage()
                        : null);
            }
        };
    }
}
