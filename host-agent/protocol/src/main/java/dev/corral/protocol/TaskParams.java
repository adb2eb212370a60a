package dev.corral.protocol;

/** Params of {@link Methods#TASK_STATUS} and {@link Methods#TASK_CANCEL}. */
public record TaskParams(String id) {
}
