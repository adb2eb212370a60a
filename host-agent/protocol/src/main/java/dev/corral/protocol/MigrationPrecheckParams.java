package dev.corral.protocol;

/**
 * Params of {@link Methods#MIGRATION_PRECHECK}, sent to the DESTINATION: could it take this
 * container? {@code sizeBytes} is what will be written there (0 = unknown).
 */
public record MigrationPrecheckParams(String name, String template, String ipAddress, long sizeBytes,
                                      boolean needsCriu) {
}
