package dev.corral.protocol;

import java.util.List;

/** Result of {@link Methods#MIGRATION_PRECHECK}: empty {@code problems} = go ahead. */
public record PrecheckResult(List<String> problems) {
}
