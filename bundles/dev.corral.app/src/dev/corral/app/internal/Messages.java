package dev.corral.app.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.corral.app.internal.messages"; //$NON-NLS-1$

    public static String Menu_file;
    public static String Menu_window;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
