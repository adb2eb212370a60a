package dev.corral.protocol;

/**
 * A read-only root filesystem containers are created from.
 *
 * @param kind the recipe it was made with: "busybox", "debian-12", or "imported"
 * @param createdAt milliseconds since the epoch
 * @param usedBy how many containers use it (delete is refused while > 0)
 */
public record TemplateInfo(String name, String kind, long sizeBytes, long createdAt, int usedBy) {
}
