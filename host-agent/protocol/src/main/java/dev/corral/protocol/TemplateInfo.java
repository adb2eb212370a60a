package dev.corral.protocol;

/**
 * A read-only root filesystem containers are created from.
 *
 * @param kind "busybox", "debian", or "imported"
 * @param usedBy how many containers use it (delete is refused while > 0)
 */
public record TemplateInfo(String name, String kind, long sizeBytes, long createdAt, int usedBy) {
}
