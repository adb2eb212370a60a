package dev.corral.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.corral.ui.internal.messages"; //$NON-NLS-1$

    public static String TasksView_columnTitle;
    public static String TasksView_columnHost;
    public static String TasksView_columnState;
    public static String TasksView_columnProgress;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
