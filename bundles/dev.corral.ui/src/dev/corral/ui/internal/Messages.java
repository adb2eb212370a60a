package dev.corral.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the console UI; keys are ClassName_purpose. Tests find widgets through them. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.corral.ui.internal.messages"; //$NON-NLS-1$

    public static String AddHostPage_address;
    public static String AddHostPage_browse;
    public static String AddHostPage_browseTitle;
    public static String AddHostPage_consoleKeyHint;
    public static String AddHostPage_description;
    public static String AddHostPage_keyFile;
    public static String AddHostPage_keyFileHint;
    public static String AddHostPage_name;
    public static String AddHostPage_port;
    public static String AddHostPage_title;
    public static String AddHostPage_user;
    public static String AddHostWizard_title;
    public static String Bytes_b;
    public static String Bytes_gib;
    public static String Bytes_kib;
    public static String Bytes_mib;
    public static String Bytes_tib;
    public static String Duration_hours;
    public static String Duration_minutes;
    public static String Duration_seconds;
    public static String FleetAccess_loading;
    public static String FleetView_columnAddress;
    public static String FleetView_columnMessage;
    public static String FleetView_columnName;
    public static String FleetView_columnState;
    public static String HostKeyDialog_message;
    public static String HostKeyDialog_reject;
    public static String HostKeyDialog_title;
    public static String HostKeyDialog_trust;
    public static String HostProperties_address;
    public static String HostProperties_agentVersion;
    public static String HostProperties_arch;
    public static String HostProperties_connection;
    public static String HostProperties_consoleKey;
    public static String HostProperties_cpu;
    public static String HostProperties_cpus;
    public static String HostProperties_criu;
    public static String HostProperties_diskFree;
    public static String HostProperties_diskTotal;
    public static String HostProperties_facts;
    public static String HostProperties_hostname;
    public static String HostProperties_kernel;
    public static String HostProperties_keyFile;
    public static String HostProperties_load;
    public static String HostProperties_memory;
    public static String HostProperties_memoryUsed;
    public static String HostProperties_message;
    public static String HostProperties_metrics;
    public static String HostProperties_name;
    public static String HostProperties_port;
    public static String HostProperties_protocol;
    public static String HostProperties_runc;
    public static String HostProperties_sampled;
    public static String HostProperties_state;
    public static String HostProperties_uptime;
    public static String HostProperties_user;
    public static String Percent;
    public static String RemoveHandler_question;
    public static String RemoveHandler_title;
    public static String State_connected;
    public static String State_connecting;
    public static String State_disconnected;
    public static String State_failed;
    public static String TaskState_cancelled;
    public static String TaskState_done;
    public static String TaskState_failed;
    public static String TaskState_running;
    public static String TasksView_columnDuration;
    public static String TasksView_columnHost;
    public static String TasksView_columnMessage;
    public static String TasksView_columnStart;
    public static String TasksView_columnState;
    public static String TasksView_columnTitle;
    public static String TasksView_running;
    public static String Uptime;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
