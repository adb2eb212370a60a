package dev.corral.core;

/**
 * Asks the operator whether to trust a host key seen for the first time. Core calls it from the
 * thread running the connect operation (never from an SSH I/O thread), so an implementation may
 * block until the operator answers; a UI implementation hops to the display thread itself.
 */
@FunctionalInterface
public interface HostKeyCallback {

    /** Safe default without an operator: never trust an unknown key. */
    HostKeyCallback REJECT = (hostAndPort, keyType, fingerprint) -> false;

    /**
     * @param hostAndPort the host as written to known_hosts ({@code host} or {@code [host]:port})
     * @param keyType the SSH key type, e.g. {@code ssh-ed25519}
     * @param sha256Fingerprint the OpenSSH fingerprint, {@code SHA256:...}
     * @return true to pin the key and connect, false to refuse the connection
     */
    boolean confirmNewKey(String hostAndPort, String keyType, String sha256Fingerprint);
}
