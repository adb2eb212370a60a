package dev.corral.cli;

import dev.corral.protocol.Methods;
import dev.corral.protocol.TaskInfo;
import dev.corral.protocol.TaskList;
import dev.corral.protocol.TaskParams;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** task list | status ID | cancel ID: the agent's long operations (migrations), which outlive corralctl. */
final class TaskCommands {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final AgentSession agent;
    private final Output output;
    private final PrintStream out;

    TaskCommands(AgentSession agent, Output output, PrintStream out) {
        this.agent = agent;
        this.output = output;
        this.out = out;
    }

    void run(List<String> tokens) throws CliException {
        if (tokens.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "usage: corralctl task list | status ID | cancel ID");
        }
        Args a = Args.parse(tokens.subList(1, tokens.size()), List.of(), List.of());
        switch (tokens.get(0)) {
            case "list" -> {
                a.expectPositionals(0);
                TaskList l = agent.call(Methods.TASK_LIST, null, TaskList.class);
                if (output.json()) {
                    output.json(l);
                    return;
                }
                Table t = new Table("ID", "KIND", "TARGET", "TO", "STATE", "PHASE", "%", "STARTED", "ENDED", "MESSAGE");
                for (TaskInfo i : l.tasks()) {
                    t.row(i.id(), i.kind(), i.target(), i.destination(), i.state(), i.phase(), i.percent(),
                            when(i.started()), when(i.ended()), i.message());
                }
                t.print(out);
            }
            case "status", "cancel" -> {
                a.expectPositionals(1);
                TaskInfo i = agent.call(tokens.get(0).equals("status") ? Methods.TASK_STATUS : Methods.TASK_CANCEL,
                        new TaskParams(a.positional(0, "task id")), TaskInfo.class);
                if (output.json()) {
                    output.json(i);
                } else {
                    out.println(i.id() + " " + i.kind() + " " + i.target()
                            + (i.destination() == null ? "" : " to " + i.destination()) + ": " + i.state() + ", "
                            + i.phase() + " " + i.percent() + "% " + i.message() + " frozen " + i.frozenMillis()
                            + (i.started() == null ? "" : " started " + when(i.started()))
                            + (i.ended() == null ? "" : " ended " + when(i.ended())));
                }
            }
            default -> throw new CliException(ExitCodes.USAGE, "unknown task command '" + tokens.get(0) + "'");
        }
    }

    /**
     * An agent's ISO-8601 instant to the second in this host's time zone (a table's width); null
     * (older agents, a task still running) stays null, which the table shows as "-".
     */
    static String when(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return WHEN.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
