package dev.corral.protocol;

/** Method names of requests and of the notifications the agent pushes. */
public final class Methods {

    /** Negotiates the protocol version; answers {@link HelloResult}. Must come first. */
    public static final String HELLO = "hello";

    /** Starts pushing events to this session; params {@link SubscribeParams}. */
    public static final String EVENTS_SUBSCRIBE = "events.subscribe";

    /** Stops pushing events to this session. */
    public static final String EVENTS_UNSUBSCRIBE = "events.unsubscribe";

    /** Notification: periodic {@link HostMetrics}. */
    public static final String EVENT_HOST_METRICS = "event.hostMetrics";

    public static final String TEMPLATE_LIST = "template.list";
    public static final String TEMPLATE_BUILD = "template.build";
    public static final String TEMPLATE_IMPORT = "template.import";
    public static final String TEMPLATE_DELETE = "template.delete";

    public static final String CONTAINER_CREATE = "container.create";
    public static final String CONTAINER_START = "container.start";
    public static final String CONTAINER_STOP = "container.stop";
    public static final String CONTAINER_RESTART = "container.restart";
    public static final String CONTAINER_DESTROY = "container.destroy";
    public static final String CONTAINER_LIST = "container.list";
    public static final String CONTAINER_STATUS = "container.status";
    public static final String CONTAINER_SET = "container.set";
    public static final String CONTAINER_EXEC = "container.exec";

    /** Notification: {@link ContainerStateEvent}. */
    public static final String EVENT_CONTAINER_STATE = "event.containerState";

    /** Notification: {@link ContainerMetricsEvent}. */
    public static final String EVENT_CONTAINER_METRICS = "event.containerMetrics";

    /** {@link CheckpointParams} → {@link CheckpointInfo}. */
    public static final String CONTAINER_CHECKPOINT = "container.checkpoint";
    /** {@link CheckpointRef} (checkpointId null = newest) → {@link ContainerInfo}. */
    public static final String CONTAINER_RESTORE = "container.restore";
    /** {@link NameParams} → {@link CheckpointList}. */
    public static final String CHECKPOINT_LIST = "checkpoint.list";
    /** {@link CheckpointRef} → {@link CheckpointInfo} of what was deleted. */
    public static final String CHECKPOINT_DELETE = "checkpoint.delete";

    /** On the source: {@link MigrateParams} → {@link TaskInfo} (the task goes on in the background). */
    public static final String CONTAINER_MIGRATE = "container.migrate";
    /**
     * On a migration's source, after its agent stopped while the destination was asked to commit
     * (the container left frozen here, reported at the agent's start): {@link ResolveMigrationParams}
     * → {@link ContainerInfo}, running here again (thawed, address claimed) or, when it runs on the
     * destination, killed and destroyed here (state {@code destroyed}). CONFLICT when no migration
     * waits to be resolved, or while a migration task holds the container.
     */
    public static final String CONTAINER_RESOLVE_MIGRATION = "container.resolveMigration";
    /** The key this agent uses to log in to other agents → {@link AgentKey}. */
    public static final String AGENT_PUBLIC_KEY = "agent.publicKey";
    /** On the destination: {@link AuthorizeParams} → {@link AgentKey} of the granted key. */
    public static final String MIGRATION_AUTHORIZE = "migration.authorize";
    /** On the destination: {@link AuthorizeParams} (publicKey only) → nothing; ends a grant. */
    public static final String MIGRATION_REVOKE = "migration.revoke";
    /** On the destination: {@link MigrationPrecheckParams} → {@link PrecheckResult}. */
    public static final String MIGRATION_PRECHECK = "migration.precheck";
    /** Destination side of a migration, called by the source agent: {@link CheckpointRef} → {@link ContainerInfo}. */
    public static final String MIGRATION_RESTORE = "migration.restore";
    /**
     * Destination side of a stop-and-copy migration, before the source freezes:
     * {@link PageSinkParams} → {@link PageSinkResult}. Starts a CRIU page server on the
     * destination's loopback and a relay in front of it on {@code address} (where the source
     * reached the destination): the source's dump then sends the memory there, sealed under the
     * result's one-time key (see docs/migration.md, "The memory's way"). Ends with the session.
     */
    public static final String MIGRATION_PAGE_SINK = "migration.pageSink";
    /**
     * Destination side of a stop-and-copy migration, after the dump and the upload of the rest of
     * the checkpoint ({@link PostCopyProtocol#PUT_COMMAND}): {@link NameParams} →
     * {@link MigrationRestoreResult}. Checks that the page server got all of the memory, then restores.
     */
    public static final String MIGRATION_RESTORE_PUSHED = "migration.restorePushed";
    /**
     * Destination side of a stop-and-copy migration: {@link NameParams} → nothing when the page
     * server got all of the memory; otherwise an error saying why (e.g. its disk is full). The
     * source asks it to explain a failed dump.
     */
    public static final String MIGRATION_PAGES_RECEIVED = "migration.pagesReceived";
    /** Destination side: {@link NameParams} → nothing; the restored container is this host's for good. */
    public static final String MIGRATION_COMMIT = "migration.commit";
    /** Destination side: {@link NameParams} → nothing; removes whatever an unfinished migration left. */
    public static final String MIGRATION_DISCARD = "migration.discard";
    /** Destination side of a restart migration: {@link ContainerInfo} of the source → {@link ContainerInfo}. */
    public static final String MIGRATION_CREATE = "migration.create";
    /**
     * Destination side of a restart migration: {@link NameParams} → {@link ContainerInfo}; starts the
     * container the migration brought here (before its commit). Refused for any other container.
     */
    public static final String MIGRATION_START = "migration.start";

    public static final String TASK_LIST = "task.list";
    /** {@link TaskParams} → {@link TaskInfo}. */
    public static final String TASK_STATUS = "task.status";
    /** {@link TaskParams} → {@link TaskInfo}; the task then rolls back and ends {@code cancelled}. */
    public static final String TASK_CANCEL = "task.cancel";
    /** Notification: {@link TaskInfo}, on every change of a task. */
    public static final String EVENT_TASK = "event.task";

    private Methods() {
    }
}
