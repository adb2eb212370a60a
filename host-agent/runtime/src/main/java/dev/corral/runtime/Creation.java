package dev.corral.runtime;

import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.Fs;
import dev.corral.runtime.internal.Ipv4;
import dev.corral.runtime.internal.Layout;
import dev.corral.runtime.internal.LimitCheck;
import dev.corral.runtime.internal.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Making a container: checks, directory and record, alone or together with its first start.
 *
 * <p>A container exists once its directory, with a whole record in it, has its own name. A create
 * alone makes the record durable, renames the directory and makes the rename durable (two
 * directory fsyncs). A create that also starts renames first and runs all three fsyncs beside the
 * start, as it does the start's network, and answers only once they are done. A host crash before
 * the answer leaves a dot-directory, a directory without a record, or one whose record never
 * reached the disk (empty): no container, and {@link Adoption} removes the rest.
 */
final class Creation {

    // Under the runtime's name, like the rest of a container's lifecycle.
    private static final Logger LOG = LoggerFactory.getLogger(ContainerRuntime.class);

    private final ContainerRuntime rt;
    private final RecordStore store;
    private final Lifecycle lifecycle;
    private final LimitCheck.Host host;

    Creation(ContainerRuntime rt, RecordStore store, Lifecycle lifecycle, LimitCheck.Host host) {
        this.rt = rt;
        this.store = store;
        this.lifecycle = lifecycle;
        this.host = host;
    }

    /** The request, checked as far as it can be without the registry lock. */
    private record Checked(String name, Settings.Initial initial, int ip, Limits limits, ContainerSpec spec) {
    }

    ContainerInfo create(ContainerSpec spec) {
        Checked c = check(spec);
        synchronized (rt.registry()) {
            ContainerRecord r = admit(c);
            write(r, true).run();
            LOG.info("created container {} ({}, {})", r.name, r.template, r.ipv4);
            return rt.info(r);
        }
    }

    /**
     * Create and start, all or nothing: when the start fails the new container is destroyed again
     * and the start's error thrown. The container's lock is taken before its directory has its
     * name and kept through the start, so nobody else starts or destroys it in between. Its
     * network (a new name's, it depends on nothing the directory holds) is made while the
     * directory is written, and the kernel wait of runc's cgroup move begins first of all.
     */
    ContainerInfo createAndStart(ContainerSpec spec) {
        long t0 = System.nanoTime();
        lifecycle.warmUp();
        Checked c = check(spec);
        ContainerRecord r;
        ReentrantLock lock;
        Future<Long> net;
        Future<?> durable;
        synchronized (rt.registry()) {
            r = admit(c);
            // Registry first, then the name's lock: the order destroy and restore take them in.
            lock = store.lockOf(r.name);
            lock.lock();
            try {
                net = lifecycle.attachAhead(r);
                try {
                    durable = lifecycle.aside(write(r, false));
                } catch (RuntimeException e) {
                    lifecycle.abandon(net, r, e);
                    throw e;
                }
            } catch (RuntimeException e) {
                lock.unlock();
                throw e;
            }
        }
        long tCreated = System.nanoTime();
        LOG.info("created container {} ({}, {})", r.name, r.template, r.ipv4);
        RuntimeException failed = null;
        try {
            try {
                store.during(r.name, ContainerState.STARTING, () -> lifecycle.start(r, net));
            } catch (RuntimeException e) {
                failed = e;
            }
            // Answered only once the create is as durable as a create alone makes it; a disk
            // that refuses that fails the whole call, started or not.
            RuntimeException unsaved = Lifecycle.join(durable);
            if (unsaved != null && failed != null) {
                failed.addSuppressed(unsaved);
            } else if (unsaved != null) {
                failed = unsaved;
                try {
                    lifecycle.stop(r, Duration.ZERO);
                } catch (RuntimeException e) {
                    failed.addSuppressed(e);
                }
            }
        } finally {
            lock.unlock();
        }
        if (failed != null) {
            try {
                rt.destroy(r.name);
            } catch (RuntimeException cleanup) {
                failed.addSuppressed(cleanup);
            }
            throw failed;
        }
        LOG.debug("create+start {} ms: create {}, start and the rest {}", r.name, Lifecycle.ms(t0, tCreated),
                Lifecycle.ms(tCreated, System.nanoTime()));
        return rt.info(r);
    }

    private Checked check(ContainerSpec spec) {
        String name = Names.label("container", spec.name());
        Settings.Initial initial = Settings.initial(spec, name);
        int ip = Ipv4.parse(spec.ipv4());
        Ipv4.Subnet subnet = rt.subnet();
        if (!subnet.assignable(ip)) {
            throw RuntimeError.invalid("address " + spec.ipv4() + " is not assignable in " + subnet
                    + " (outside, network, broadcast or the host's " + Ipv4.format(subnet.gateway()) + ")");
        }
        rt.network().checkAddress(ip);
        Limits limits = (spec.limits() == null ? Limits.NONE : spec.limits()).normalized();
        LimitCheck.check(limits, host);
        if (spec.template() == null) {
            throw RuntimeError.invalid("template missing");
        }
        return new Checked(name, initial, ip, limits, spec);
    }

    /** Under the registry lock: the name, address and template checks, and the new record. */
    private ContainerRecord admit(Checked c) {
        TemplateInfo t = rt.templates().show(c.spec().template());
        if (Files.exists(rt.dir(c.name()))) {
            throw RuntimeError.conflict("container " + c.name() + " exists");
        }
        String ipText = Ipv4.format(c.ip());
        for (ContainerRecord other : store.records()) {
            if (ipText.equals(other.ipv4)) {
                throw RuntimeError.conflict("address " + ipText + " is taken by container " + other.name);
            }
        }
        UUID uuid = UUID.randomUUID();
        ContainerRecord r = new ContainerRecord();
        r.name = c.name();
        r.uuid = uuid.toString();
        r.template = t.name();
        r.hostname = c.initial().hostname();
        r.ipv4 = ipText;
        r.mac = ContainerRecord.macFor(uuid);
        r.hostVeth = ContainerRecord.vethFor(uuid);
        r.limits = c.limits();
        r.onboot = c.spec().onboot();
        r.sysctls = c.initial().sysctls();
        r.created = Instant.now().toString();
        return r;
    }

    /**
     * Writes the directory under a temporary name with the record in it, and gives it the
     * container's name. Returns the fsyncs still owed (the record's too unless {@code
     * recordFirst}): until they are done a host crash may undo the rename, lose the record's
     * entry or, without {@code recordFirst}, its content (see the class comment).
     */
    private Runnable write(ContainerRecord r, boolean recordFirst) {
        Path containers = rt.containersDir();
        Path work = containers.resolve("." + r.name + ".creating-" + r.uuid);
        Path dir = rt.dir(r.name);
        boolean ok = false;
        try {
            Layout.prepare(work, rt.templates().rootfs(r.template), r);
            r.saveNew(work, recordFirst);
            Files.move(work, dir);
            ok = true;
        } catch (IOException e) {
            throw RuntimeError.failure("cannot create container " + r.name + ": " + e.getMessage(), e);
        } finally {
            if (!ok) {
                Fs.deleteTree(work);
            }
        }
        return () -> {
            if (!recordFirst) {
                Fs.fsync(dir.resolve(ContainerRecord.FILE));
            }
            Fs.fsyncDir(dir);
            Fs.fsyncDir(containers);
        };
    }
}
