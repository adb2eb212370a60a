package dev.corral.runtime;

public enum ContainerState {
    STOPPED,
    RUNNING
}
