package dev.corral.core.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the core bundle; keys are ClassName_purpose. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.corral.core.internal.messages"; //$NON-NLS-1$

    public static String AgentClient_agentError;
    public static String CheckpointOperation_titleKeep;
    public static String CheckpointOperation_titleStop;
    public static String CheckpointOperation_done;
    public static String RestoreOperation_title;
    public static String RestoreOperation_titleNewest;
    public static String MigrateOperation_title;
    public static String MigrateOperation_titleRestart;
    public static String MigrateOperation_authorizing;
    public static String MigrateOperation_cancelling;
    public static String MigrateOperation_done;
    public static String MigrateOperation_failed;
    public static String MigrateOperation_refused;
    public static String MigrationPrecheck_noLazyPages;
    public static String MigrateOperation_titlePostCopy;
    public static String FollowTaskOperation_failed;
    public static String AgentTask_titleMigrate;
    public static String AgentTask_titleMigrateTo;
    public static String AgentTask_title;
    public static String AgentTask_unknown;
    public static String AgentTask_notFollowed;
    public static String AgentTask_detached;
    public static String MigrationCheck_nothing;
    public static String MigrationCheck_gone;
    public static String MigrationCheck_sameHost;
    public static String MigrationCheck_destinationNotConnected;
    public static String MigrationCheck_sourceNotConnected;
    public static String MigrationCheck_migrating;
    public static String MigrationCheck_notRunning;
    public static String MigrationCheck_nameTaken;
    public static String MigrationPrecheck_model;
    public static String MigrationPrecheck_sourceCriu;
    public static String MigrationPrecheck_hostKey;
    public static String MigrationPrecheck_noHostKey;
    public static String MigrationPrecheck_asking;
    public static String MigrationPrecheck_destinationLive;
    public static String MigrationPrecheck_destinationRestart;
    public static String TaskProgress_working;
    public static String TaskProgress_phase;
    public static String TaskProgress_phaseBytes;
    public static String TaskProgress_phaseBytesSoFar;
    public static String TaskProgress_frozen;
    public static String TaskProgress_frozenPhases;
    public static String TaskProgress_frozenPhase;
    public static String AgentClient_badMessage;
    public static String AgentClient_connectionClosed;
    public static String AgentClient_listenerFailed;
    public static String AgentClient_protocolMismatch;
    public static String AgentClient_requestTooLarge;
    public static String AgentClient_subsystemUnavailable;
    public static String AgentClient_timeout;
    public static String BuildTemplateOperation_title;
    public static String ClientKeys_cannotCreate;
    public static String ClientKeys_noKey;
    public static String ClientKeys_unreadable;
    public static String ConnectHostOperation_title;
    public static String ContainerAction_destroy;
    public static String ContainerAction_restart;
    public static String ContainerAction_start;
    public static String ContainerAction_stop;
    public static String ContainerInput_hostMissing;
    public static String ContainerInput_hostnameInvalid;
    public static String ContainerInput_ipInvalid;
    public static String ContainerInput_memory;
    public static String ContainerInput_nameInvalid;
    public static String ContainerInput_nameMissing;
    public static String ContainerInput_nameTaken;
    public static String ContainerInput_swap;
    public static String ContainerInput_swapNeedsMemory;
    public static String ContainerInput_templateMissing;
    public static String CreateContainerOperation_creating;
    public static String CreateContainerOperation_starting;
    public static String CreateContainerOperation_title;
    public static String CreateContainerOperation_titleStart;
    public static String DisconnectHostOperation_title;
    public static String FleetService_noEdDSA;
    public static String FleetService_notStarted;
    public static String HostConnection_connecting;
    public static String HostConnection_notConnected;
    public static String HostSpec_addressInvalid;
    public static String HostSpec_addressMissing;
    public static String HostSpec_keyFileMissing;
    public static String HostSpec_nameMissing;
    public static String HostSpec_nameTaken;
    public static String HostSpec_portInvalid;
    public static String HostSpec_userMissing;
    public static String InventoryStore_interrupted;
    public static String InventoryStore_loadFailed;
    public static String InventoryStore_saveFailed;
    public static String LimitValues_cpuWeight;
    public static String LimitValues_cpus;
    public static String LimitValues_cpuset;
    public static String LimitValues_pids;
    public static String LimitValues_size;
    public static String OperationJob_cancelled;
    public static String Reconnector_attempt;
    public static String Reconnector_jobName;
    public static String Reconnector_waiting;
    public static String RemoveHostOperation_title;
    public static String SaveJob_name;
    public static String SeedFile_invalid;
    public static String SeedFile_nameAndAddress;
    public static String Seeder_badHostKey;
    public static String Seeder_result;
    public static String SessionOpener_authFailed;
    public static String SessionOpener_hostKeyChanged;
    public static String SessionOpener_hostKeyRejected;
    public static String SessionOpener_knownHostsUnreadable;
    public static String SessionOpener_timeout;
    public static String SessionOpener_unreachable;
    public static String SetLimitsOperation_title;
    public static String ShellSession_gone;
    public static String ShellSession_openFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
