package dev.corral.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.HelloResult;
import dev.corral.protocol.HostFacts;
import dev.corral.protocol.Limits;
import dev.corral.protocol.TemplateInfo;
import java.io.PrintStream;
import java.util.List;

/** Prints results as human-readable tables or, with --json, as JSON. */
final class Output {

    private static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final PrintStream out;
    private final boolean json;

    Output(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    void json(Object value) {
        out.println(JSON.toJson(value));
    }

    void message(String text) {
        if (!json) {
            out.println(text);
        }
    }

    void hello(HelloResult hello) {
        if (json) {
            json(hello);
            return;
        }
        HostFacts f = hello.facts();
        new Table("KEY", "VALUE")
                .row("hostname", f.hostname())
                .row("kernel", f.kernel())
                .row("arch", f.arch())
                .row("cpus", f.cpus())
                .row("memory", Sizes.format(f.memoryBytes()))
                .row("disk", Sizes.format(f.diskFreeBytes()) + " free of " + Sizes.format(f.diskTotalBytes()))
                .row("runc", f.runcVersion())
                .row("criu", f.criuVersion())
                .row("uptime", f.uptimeSeconds() + "s")
                .row("agent", hello.agentVersion())
                .row("protocol", hello.protocolVersion())
                .print(out);
    }

    void containers(List<ContainerInfo> list) {
        if (json) {
            json(list);
            return;
        }
        Table t = new Table("NAME", "STATE", "IP", "HOSTNAME", "TEMPLATE", "MEMORY", "CPUS", "ONBOOT");
        for (ContainerInfo c : list) {
            Limits l = c.limits() == null ? Limits.none() : c.limits();
            t.row(c.name(), c.state(), c.ipAddress(), c.hostname(), c.template(), Sizes.format(l.memoryBytes()),
                    l.cpus(), c.onboot() ? "yes" : "no");
        }
        t.print(out);
    }

    void container(ContainerInfo c) {
        if (json) {
            json(c);
            return;
        }
        Limits l = c.limits() == null ? Limits.none() : c.limits();
        new Table("KEY", "VALUE")
                .row("name", c.name())
                .row("uuid", c.uuid())
                .row("state", c.state())
                .row("template", c.template())
                .row("hostname", c.hostname())
                .row("ip", c.ipAddress())
                .row("mac", c.macAddress())
                .row("init pid", c.initPid() == 0 ? null : c.initPid())
                .row("onboot", c.onboot() ? "yes" : "no")
                .row("memory", Sizes.format(l.memoryBytes()))
                .row("swap", Sizes.format(l.swapBytes()))
                .row("cpus", l.cpus())
                .row("cpu weight", l.cpuWeight())
                .row("cpuset", l.cpuset())
                .row("pids", l.pids())
                .row("io weight", l.ioWeight())
                .row("sysctls", c.sysctls() == null || c.sysctls().isEmpty() ? null : c.sysctls())
                .print(out);
    }

    void templates(List<TemplateInfo> list) {
        if (json) {
            json(list);
            return;
        }
        Table t = new Table("NAME", "KIND", "SIZE", "USED BY");
        for (TemplateInfo i : list) {
            t.row(i.name(), i.kind(), Sizes.format(i.sizeBytes()), i.usedBy());
        }
        t.print(out);
    }
}
