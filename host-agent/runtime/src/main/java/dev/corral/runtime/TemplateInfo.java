package dev.corral.runtime;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A read-only root filesystem containers are layered on.
 *
 * @param kind       "busybox", "debian-12" or "imported"
 * @param stopSignal the signal that asks this template's init for a clean shutdown
 */
public record TemplateInfo(String name, String kind, String stopSignal, long sizeBytes, Instant created,
                           Path rootfs) {
}
