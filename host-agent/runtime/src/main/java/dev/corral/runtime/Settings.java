package dev.corral.runtime;

import dev.corral.runtime.internal.Cgroups;
import dev.corral.runtime.internal.ContainerRecord;
import dev.corral.runtime.internal.LimitCheck;
import dev.corral.runtime.internal.Names;
import dev.corral.runtime.internal.Sysctls;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a container is given at create and changed to later: limits, namespaced sysctls, onboot
 * ({@link ContainerRuntime#update}). All is checked before anything changes, the kernel included:
 * sysctl values are first written in throw-away namespaces, or, live, rolled back when refused.
 */
final class Settings {

    private final ContainerRuntime rt;
    private final LimitCheck.Host host;

    Settings(ContainerRuntime rt, LimitCheck.Host host) {
        this.rt = rt;
        this.host = host;
    }

    /** The hostname and sysctls of a new container. */
    record Initial(String hostname, TreeMap<String, String> sysctls) {
    }

    /** Checks a spec's hostname and sysctls; {@code kernel.hostname} is another way to give the hostname. */
    static Initial initial(ContainerSpec spec, String name) {
        TreeMap<String, String> sysctls = Sysctls.parse(spec.sysctls(), false);
        String viaSysctl = sysctls.remove(Sysctls.HOSTNAME);
        if (viaSysctl != null && spec.hostname() != null && !viaSysctl.equals(spec.hostname())) {
            throw RuntimeError.invalid("hostname " + spec.hostname() + " and sysctl " + Sysctls.HOSTNAME + "="
                    + viaSysctl + " disagree");
        }
        String hostname = Names.hostname(viaSysctl != null ? viaSysctl : spec.hostname() == null ? name : spec.hostname());
        Sysctls.tryOut(sysctls);
        return new Initial(hostname, sysctls);
    }

    ContainerInfo update(String name, ContainerUpdate u) {
        if (u == null || u.empty()) {
            throw RuntimeError.invalid("nothing to change: give limits, sysctls or onboot");
        }
        TreeMap<String, String> change = Sysctls.parse(u.sysctls(), true);
        return rt.locked(name, () -> {
            ContainerRecord r = rt.load(name);
            boolean running = rt.running(r);
            Limits current = r.limits();
            Limits target = u.limits() == null ? current : current.merge(u.limits()).normalized();
            LimitCheck.check(target, host);

            String hostname = change.remove(Sysctls.HOSTNAME);
            TreeMap<String, String> sysctls = r.sysctls();
            Map<String, String> set = new TreeMap<>();
            TreeSet<String> removed = new TreeSet<>();
            change.forEach((k, v) -> {
                if (v != null) {
                    set.put(k, v);
                    sysctls.put(k, v);
                } else if (sysctls.remove(k) != null) {
                    removed.add(k);
                }
            });
            Sysctls.Target inside = Sysctls.Target.container(r.initPid);
            Map<String, String> live = new LinkedHashMap<>(set);
            Map<String, String> previous = new LinkedHashMap<>();
            if (!set.isEmpty()) {
                Map<String, String> now = Sysctls.read(running ? inside : Sysctls.Target.SCRATCH, set.keySet());
                set.forEach((k, v) -> Sysctls.checkShape(k, v, now.get(k)));
                if (running) {
                    previous.putAll(now);
                } else {
                    Sysctls.write(Sysctls.Target.SCRATCH, set, Map.of());
                }
            }
            if (running && !removed.isEmpty()) {
                // what a new namespace starts with, as if the key had never been set
                live.putAll(Sysctls.read(Sysctls.Target.SCRATCH, removed));
                previous.putAll(Sysctls.read(inside, removed));
            }
            if (running && hostname != null) {
                previous.put(Sysctls.HOSTNAME, r.hostname);
                live.put(Sysctls.HOSTNAME, hostname);
            }

            if (running) {
                applyLive(r, current, target, inside, live, previous);
            }
            r.limits = target;
            r.sysctls = sysctls;
            if (hostname != null) {
                r.hostname = hostname;
            }
            if (u.onboot() != null) {
                r.onboot = u.onboot();
            }
            r.save(rt.dir(name));
            return rt.info(r);
        });
    }

    /** Limits, then sysctls; a failure puts back what was changed before it. */
    private void applyLive(ContainerRecord r, Limits current, Limits target, Sysctls.Target inside,
                           Map<String, String> live, Map<String, String> previous) {
        Cgroups cg = rt.cgroups(r);
        try {
            cg.apply(current, target);
            Sysctls.write(inside, live, previous);
        } catch (RuntimeError e) {
            try {
                cg.apply(target, current);
            } catch (RuntimeError again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }
}
