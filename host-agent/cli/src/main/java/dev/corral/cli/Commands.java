package dev.corral.cli;

import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerList;
import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.ExecParams;
import dev.corral.protocol.ExecResult;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.SetParams;
import dev.corral.protocol.StopParams;
import dev.corral.protocol.TemplateInfo;
import dev.corral.protocol.TemplateList;
import dev.corral.protocol.TemplateParams;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The container and template commands: each maps its arguments onto one agent method. */
final class Commands {

    private static final List<String> NONE = List.of();

    /** Checked before connecting, so a typo fails fast and offline. */
    static final java.util.Set<String> NAMES = java.util.Set.of("info", "list", "status", "create", "start",
            "destroy", "stop", "restart", "set", "exec", "enter", "template",
            "checkpoint", "checkpoints", "restore", "migrate", "task");

    private final AgentSession agent;
    private final Output output;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Target target;

    Commands(AgentSession agent, Output output, PrintStream out, PrintStream err, InputStream in) {
        this(agent, output, out, err, in, null);
    }

    Commands(AgentSession agent, Output output, PrintStream out, PrintStream err, InputStream in, Target target) {
        this.target = target;
        this.agent = agent;
        this.output = output;
        this.out = out;
        this.err = err;
        this.in = in;
    }

    /** @return the exit code */
    int run(String command, List<String> tokens) throws CliException {
        switch (command) {
            case "info" -> output.hello(agent.hello());
            case "list" -> list(tokens);
            case "status" -> output.container(agent.call(Methods.CONTAINER_STATUS, name(tokens), ContainerInfo.class));
            case "create" -> create(tokens);
            case "start" -> simple(Methods.CONTAINER_START, tokens, "started");
            case "destroy" -> simple(Methods.CONTAINER_DESTROY, tokens, "destroyed");
            case "stop" -> stop(Methods.CONTAINER_STOP, tokens, "stopped");
            case "restart" -> stop(Methods.CONTAINER_RESTART, tokens, "restarted");
            case "set" -> set(tokens);
            case "exec" -> {
                return exec(tokens);
            }
            case "enter" -> {
                return enter(tokens);
            }
            case "template" -> template(tokens);
            case "checkpoint" -> new CheckpointCommands(agent, output, out).checkpoint(tokens);
            case "checkpoints" -> new CheckpointCommands(agent, output, out).list(tokens);
            case "restore" -> new CheckpointCommands(agent, output, out).restore(tokens);
            case "task" -> new TaskCommands(agent, output, out).run(tokens);
            case "migrate" -> {
                return new MigrateCommand(agent, target, output, out).run(tokens);
            }
            default -> throw new CliException(ExitCodes.USAGE, "unknown command '" + command + "' (see corralctl --help)");
        }
        return ExitCodes.OK;
    }

    private void list(List<String> tokens) throws CliException {
        Args.parse(tokens, NONE, NONE).expectPositionals(0);
        output.containers(agent.call(Methods.CONTAINER_LIST, null, ContainerList.class).containers());
    }

    private static NameParams name(List<String> tokens) throws CliException {
        Args a = Args.parse(tokens, NONE, NONE);
        a.expectPositionals(1);
        return new NameParams(a.positional(0, "container name"));
    }

    private void simple(String method, List<String> tokens, String done) throws CliException {
        NameParams p = name(tokens);
        report(agent.call(method, p, ContainerInfo.class), done);
    }

    private void report(ContainerInfo info, String done) {
        if (output.json()) {
            output.json(info);
        } else {
            out.println("Container " + info.name() + " " + done + " (" + info.state() + ")");
        }
    }

    private void create(List<String> tokens) throws CliException {
        List<String> valued = new ArrayList<>(LimitOptions.NAMES);
        valued.addAll(List.of("template", "ip", "hostname"));
        Args a = Args.parse(tokens, valued, List.of("start"));
        a.expectPositionals(1);
        String template = a.option("template");
        if (template == null) {
            throw new CliException(ExitCodes.USAGE, "create needs --template T (see corralctl template list)");
        }
        ContainerSpec spec = new ContainerSpec(a.positional(0, "container name"), template, a.option("hostname"),
                a.option("ip"), LimitOptions.limits(a), LimitOptions.onboot(a), LimitOptions.sysctls(a));
        // --start: one call, all or nothing (a failed start leaves no container behind)
        boolean start = a.flag("start");
        report(agent.call(Methods.CONTAINER_CREATE, start ? spec.started() : spec, ContainerInfo.class),
                start ? "created and started" : "created");
    }

    private void stop(String method, List<String> tokens, String done) throws CliException {
        Args a = Args.parse(tokens, List.of("timeout"), List.of("force"));
        a.expectPositionals(1);
        int timeout = 0;
        if (a.has("timeout")) {
            try {
                timeout = Integer.parseInt(a.option("timeout"));
            } catch (NumberFormatException e) {
                throw new CliException(ExitCodes.USAGE, "--timeout wants seconds, got '" + a.option("timeout") + "'");
            }
        }
        StopParams p = new StopParams(a.positional(0, "container name"), timeout, a.flag("force"));
        report(agent.call(method, p, ContainerInfo.class), done);
    }

    private void set(List<String> tokens) throws CliException {
        Args a = Args.parse(tokens, LimitOptions.NAMES, NONE);
        a.expectPositionals(1);
        SetParams p = new SetParams(a.positional(0, "container name"), LimitOptions.limits(a),
                LimitOptions.sysctls(a), LimitOptions.onboot(a));
        if (p.limits() == null && p.sysctls() == null && p.onboot() == null) {
            throw new CliException(ExitCodes.USAGE, "set needs at least one of --memory --swap --cpus "
                    + "--cpu-weight --cpuset --pids --io-weight --sysctl --onboot");
        }
        ContainerInfo info = agent.call(Methods.CONTAINER_SET, p, ContainerInfo.class);
        if (output.json()) {
            output.json(info);
        } else {
            output.container(info);
        }
    }

    private int exec(List<String> tokens) throws CliException {
        Args a = Args.parse(tokens, List.of("timeout"), List.of("stdin"));
        a.expectPositionals(1);
        if (a.rest().isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "usage: corralctl exec NAME [--timeout SECONDS] [--stdin] -- CMD ARGS...");
        }
        String stdin = null;
        if (a.flag("stdin")) {
            try {
                stdin = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(ExitCodes.FAILURE, "cannot read standard input: " + e.getMessage());
            }
        }
        long timeoutMillis = 0;
        if (a.has("timeout")) {
            try {
                timeoutMillis = Long.parseLong(a.option("timeout")) * 1000;
            } catch (NumberFormatException e) {
                throw new CliException(ExitCodes.USAGE, "--timeout wants seconds, got '" + a.option("timeout") + "'");
            }
        }
        ExecResult r = agent.call(Methods.CONTAINER_EXEC,
                new ExecParams(a.positional(0, "container name"), a.rest(), stdin, timeoutMillis), ExecResult.class);
        if (output.json()) {
            output.json(r);
        } else {
            out.print(r.stdout());
            err.print(r.stderr());
        }
        if (r.timedOut()) {
            err.println("corralctl: the command was killed after its timeout");
        }
        return r.exitCode();
    }

    private int enter(List<String> tokens) throws CliException {
        return Shell.enter(agent, name(tokens).name(), in, out, err);
    }

    private void template(List<String> tokens) throws CliException {
        if (tokens.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "usage: corralctl template list|build|import|delete ...");
        }
        String sub = tokens.get(0);
        Args a = Args.parse(tokens.subList(1, tokens.size()), List.of("source"), NONE);
        switch (sub) {
            case "list" -> {
                a.expectPositionals(0);
                output.templates(agent.call(Methods.TEMPLATE_LIST, null, TemplateList.class).templates());
            }
            case "build" -> {
                a.expectPositionals(1);
                String name = a.positional(0, "template name");
                templateDone(agent.call(Methods.TEMPLATE_BUILD, new TemplateParams(name, a.option("source")),
                        TemplateInfo.class), "built");
            }
            case "import" -> {
                a.expectPositionals(2);
                TemplateParams p = new TemplateParams(a.positional(0, "template name"), a.positional(1, "tarball path"));
                templateDone(agent.call(Methods.TEMPLATE_IMPORT, p, TemplateInfo.class), "imported");
            }
            case "delete" -> {
                a.expectPositionals(1);
                agent.call(Methods.TEMPLATE_DELETE, new TemplateParams(a.positional(0, "template name"), null),
                        Void.class);
                output.message("Template " + a.positional(0, "template name") + " deleted");
            }
            default -> throw new CliException(ExitCodes.USAGE, "unknown template command '" + sub + "'");
        }
    }

    private void templateDone(TemplateInfo info, String done) {
        if (output.json()) {
            output.json(info);
        } else {
            out.println("Template " + info.name() + " " + done + " (" + Sizes.format(info.sizeBytes()) + ")");
        }
    }
}
