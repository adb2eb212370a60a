package dev.corral.runtime;

import java.util.Map;

/**
 * A change to a container ({@link ContainerRuntime#update}): every member null = unchanged.
 *
 * @param limits  as {@link ContainerRuntime#setLimits}: null fields stay, {@link Limits#UNLIMITED} removes
 * @param sysctls keys to set; a null or empty value removes the key (not applied at later starts;
 *                a running container gets the value a new namespace starts with)
 * @param onboot  start at the host's boot
 */
public record ContainerUpdate(Limits limits, Map<String, String> sysctls, Boolean onboot) {

    public static ContainerUpdate limits(Limits l) {
        return new ContainerUpdate(l, null, null);
    }

    public static ContainerUpdate sysctls(Map<String, String> s) {
        return new ContainerUpdate(null, s, null);
    }

    public static ContainerUpdate onboot(boolean o) {
        return new ContainerUpdate(null, null, o);
    }

    boolean empty() {
        return limits == null && (sysctls == null || sysctls.isEmpty()) && onboot == null;
    }
}
