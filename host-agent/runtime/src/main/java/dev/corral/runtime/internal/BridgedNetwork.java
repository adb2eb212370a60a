package dev.corral.runtime.internal;

/** Containers on a host bridge that holds the subnet's first address. */
final class BridgedNetwork implements HostNetwork {

    private final String bridge;
    private final Ipv4.Subnet subnet;

    BridgedNetwork(String bridge, Ipv4.Subnet subnet) {
        this.bridge = bridge;
        this.subnet = subnet;
    }

    @Override
    public void prepareHost() {
        Net.ensureBridge(bridge, subnet);
    }

    @Override
    public void checkAddress(int addr) {
        // the only host address in the subnet is the gateway, which Subnet.assignable excludes
    }

    @Override
    public void attach(Attachment a, boolean open) {
        Net.setup(a.netns(), a.hostVeth(), a.mac(), a.ipv4(), subnet, bridge);
        if (!open) {
            try {
                NetnsLock.lock(a.netns());
            } catch (RuntimeException e) {
                try {
                    detach(a);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }
    }

    @Override
    public void open(Attachment a) {
        Cmd.check("ip", "link", "set", a.hostVeth(), "master", bridge, "up");
        NetnsLock.unlock(a.netns());
        // On the bridge with the container's own MAC: switches behind the bridge's uplink learn
        // where that MAC is now, and neighbours refresh their entry.
        Garp.announce(bridge, a.mac(), a.ipv4());
    }

    @Override
    public void withdraw(Attachment a) {
        if (Net.linkExists(a.hostVeth())) {
            Cmd.check("ip", "link", "set", a.hostVeth(), "down");
        }
    }

    @Override
    public void detach(Attachment a) {
        Net.teardown(a.netns(), a.hostVeth());
    }
}
