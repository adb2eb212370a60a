package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.HostNetwork;
import dev.corral.runtime.internal.Net;
import dev.corral.runtime.internal.Sysctls;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A container's network identity (address, MAC, namespace) as live migration moves it between
 * hosts: {@link #prepare} on the destination before the restore, {@link #withdraw} on the source,
 * {@link #open} on the destination once the processes are back. After a failed migration the
 * source calls {@link #open} to take the address back and the destination {@link #discard}.
 * Each call takes the container's lock, so it is safe beside the other operations on it.
 */
public final class ContainerNetwork {

    private final ContainerRuntime rt;
    private final HostNetwork host;

    ContainerNetwork(ContainerRuntime rt, HostNetwork host) {
        this.rt = rt;
        this.host = host;
    }

    public NetworkMode mode() {
        return rt.config().networkMode();
    }

    /** Where the container's network namespace is (or will be): what runc's config must name. */
    public Path netnsPath(String name) {
        return Net.netnsPath(rt.netnsName(rt.load(name).name));
    }

    /**
     * Builds the network of a container that exists here but does not run yet (about to be
     * restored): namespace, veth, address, MAC and routes exactly as at start, so a restore finds
     * its link and routes up; but every packet into the namespace is dropped and this host does not
     * claim the address on the LAN until {@link #open}. Leftovers of an earlier attempt are removed
     * first. CONFLICT when the container runs here.
     *
     * @return the network namespace's path
     */
    public Path prepare(String name) {
        return rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            if (rt.running(r)) {
                throw RuntimeError.conflict("container " + name + " is running here");
            }
            host.detach(rt.attachment(r));
            host.attach(rt.attachment(r), false);
            applySysctls(r);
            return Net.netnsPath(rt.netnsName(name));
        });
    }

    /**
     * Lets traffic into the container's namespace, claims its address (routed: /32 route and
     * proxy-ARP entry; bridged: host veth up) and announces it with a gratuitous ARP. Idempotent:
     * also what a source calls to take its container back after a migration failed.
     * CONFLICT when the container's network is not set up here.
     */
    public void open(String name) {
        rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            if (!Files.exists(Net.netnsPath(rt.netnsName(name)))) {
                throw RuntimeError.conflict("network of container " + name + " is not set up: start or prepare it first");
            }
            host.open(rt.attachment(r));
            return null;
        });
    }

    /**
     * This host stops claiming the container's address (routed: proxy-ARP entry and /32 route
     * removed; bridged: host veth down). Namespace, veth and processes stay, so {@link #open} can
     * undo it. Idempotent; a no-op for a container without network here.
     */
    public void withdraw(String name) {
        rt.locked(name, () -> {
            host.withdraw(rt.attachment(rt.load(name)));
            return null;
        });
    }

    /**
     * Drops every packet into or out of the container's namespace until it is removed, so that
     * killing its processes tells no peer anything: a migration's destination discarding a copy
     * that ran (post-copy) must not close the connections the source's copy takes back.
     * Idempotent; a no-op for a container without network here.
     */
    public void silence(String name) {
        rt.locked(name, () -> {
            Path netns = Net.netnsPath(rt.netnsName(rt.load(name).name));
            if (Files.exists(netns) && !dev.corral.runtime.internal.DumpLock.locked(netns)) {
                dev.corral.runtime.internal.DumpLock.lock(netns);
            }
            return null;
        });
    }

    /**
     * Removes a prepared network whose restore did not happen or failed. CONFLICT when the
     * container runs here (stop it instead).
     */
    public void discard(String name) {
        rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            if (rt.running(r)) {
                throw RuntimeError.conflict("container " + name + " is running here");
            }
            host.detach(rt.attachment(r));
            return null;
        });
    }

    // ---- for the runtime's own creations, imports and restores, which already hold their locks ----

    /** INVALID when the address belongs to this host (routed mode: the LAN's own addresses). */
    void checkAddress(int ip) {
        host.checkAddress(ip);
    }

    /** The network a restore needs: up, with its address and routes, but nothing gets in yet. */
    void attachClosed(ContainerRecord r) {
        host.attach(rt.attachment(r), false);
        applySysctls(r);
    }

    /**
     * The container's net.* sysctls into its (new) network namespace before a restore: CRIU treats
     * the namespace as external and restores none of them (IPC and UTS ones come back with the
     * processes). On failure the network is removed again.
     */
    void applySysctls(ContainerRecord r) {
        try {
            Sysctls.applyToNetns(Net.netnsPath(rt.netnsName(r.name)), r.sysctls());
        } catch (RuntimeError e) {
            try {
                host.detach(rt.attachment(r));
            } catch (RuntimeError cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Lets traffic in and announces the address (gratuitous ARP) once the processes are back: as
     * {@link #open(String)}, for a restore that already holds the lock and the record.
     */
    void open(ContainerRecord r) {
        host.open(rt.attachment(r));
    }
}
