package dev.corral.ui;

/**
 * Ids other bundles (the application, tests) refer to; they must match plugin.xml.
 */
public final class CorralUi {

    public static final String PERSPECTIVE_ID = "dev.corral.ui.perspective";
    public static final String FLEET_VIEW_ID = "dev.corral.ui.views.fleet";
    public static final String TASKS_VIEW_ID = "dev.corral.ui.views.tasks";
    public static final String TERMINAL_VIEW_ID = "dev.corral.ui.views.terminal";

    public static final String ADD_HOST_COMMAND_ID = "dev.corral.ui.commands.addHost";
    public static final String CONNECT_COMMAND_ID = "dev.corral.ui.commands.connect";
    public static final String DISCONNECT_COMMAND_ID = "dev.corral.ui.commands.disconnect";
    public static final String REMOVE_COMMAND_ID = "dev.corral.ui.commands.remove";
    public static final String NEW_CONTAINER_COMMAND_ID = "dev.corral.ui.commands.newContainer";
    public static final String START_CONTAINER_COMMAND_ID = "dev.corral.ui.commands.startContainer";
    public static final String STOP_CONTAINER_COMMAND_ID = "dev.corral.ui.commands.stopContainer";
    public static final String RESTART_CONTAINER_COMMAND_ID = "dev.corral.ui.commands.restartContainer";
    public static final String DESTROY_CONTAINER_COMMAND_ID = "dev.corral.ui.commands.destroyContainer";
    public static final String CHECKPOINT_CONTAINER_COMMAND_ID = "dev.corral.ui.commands.checkpointContainer";
    public static final String RESTORE_CONTAINER_COMMAND_ID = "dev.corral.ui.commands.restoreContainer";
    public static final String OPEN_TERMINAL_COMMAND_ID = "dev.corral.ui.commands.openTerminal";

    /**
     * Key of {@code Widget.setData(key, id)} naming widgets for UI tests, which cannot rely on
     * labels (translated) or on tree positions (layout changes).
     */
    public static final String WIDGET_ID_KEY = "dev.corral.ui.widgetId";

    private CorralUi() {
    }
}
