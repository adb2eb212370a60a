package dev.corral.ui;

/**
 * Ids other bundles (the application, tests) refer to; they must match plugin.xml.
 */
public final class CorralUi {

    public static final String PERSPECTIVE_ID = "dev.corral.ui.perspective";
    public static final String FLEET_VIEW_ID = "dev.corral.ui.views.fleet";
    public static final String TASKS_VIEW_ID = "dev.corral.ui.views.tasks";

    public static final String ADD_HOST_COMMAND_ID = "dev.corral.ui.commands.addHost";
    public static final String CONNECT_COMMAND_ID = "dev.corral.ui.commands.connect";
    public static final String DISCONNECT_COMMAND_ID = "dev.corral.ui.commands.disconnect";
    public static final String REMOVE_COMMAND_ID = "dev.corral.ui.commands.remove";

    /**
     * Key of {@code Widget.setData(key, id)} naming widgets for UI tests, which cannot rely on
     * labels (translated) or on tree positions (layout changes).
     */
    public static final String WIDGET_ID_KEY = "dev.corral.ui.widgetId";

    private CorralUi() {
    }
}
