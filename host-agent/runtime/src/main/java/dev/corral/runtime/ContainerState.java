package dev.corral.runtime;

public enum ContainerState {
    STOPPED,
    RUNNING,
    /** Only while a start runs: {@link ContainerRuntime#status} answers without waiting for it. */
    STARTING,
    /** Only while a stop runs (up to its timeout): status answers without waiting for it. */
    STOPPING
}
