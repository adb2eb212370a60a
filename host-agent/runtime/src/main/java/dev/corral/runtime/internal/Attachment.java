package dev.corral.runtime.internal;

/**
 * One container's place on the network: everything needed to build (or rebuild, on another host)
 * its network namespace and veth.
 *
 * @param netns    name under /run/netns
 * @param hostVeth host side of the veth pair
 * @param mac      the container's MAC (inside, on eth0): fixed for the container's life
 * @param ipv4     the container's address
 */
public record Attachment(String netns, String hostVeth, String mac, String ipv4) {
}
