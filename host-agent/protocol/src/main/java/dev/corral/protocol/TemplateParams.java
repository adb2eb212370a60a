package dev.corral.protocol;

/**
 * Params of the template methods.
 *
 * @param name the template
 * @param source for import: path of a rootfs tarball on the agent's host; for build: the
 *        recipe ("busybox", "debian-12"), defaulting to the name
 */
public record TemplateParams(String name, String source) {
}
