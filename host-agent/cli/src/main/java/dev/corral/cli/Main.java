package dev.corral.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** corralctl: vzctl-like control of one agent's containers over SSH. */
public final class Main {

    static final String USAGE = """
            usage: corralctl [-H HOST[:PORT]] [-i KEYFILE] [--json] [--config FILE] [--accept-new-host-key] COMMAND ...

            commands:
              info                                  the host's facts
              list                                  all containers
              status NAME
              create NAME --template T [--ip ADDR] [--hostname H] [--memory SIZE] [--swap SIZE]
                     [--cpus N] [--cpu-weight N] [--cpuset LIST] [--pids N] [--io-weight N]
                     [--onboot yes|no] [--sysctl KEY=VALUE]... [--start]
                                        (--start: started too, in one call; a failed start leaves no container)
              start|destroy NAME
              stop|restart NAME [--timeout SECONDS] [--force]
              set NAME [--memory SIZE|unlimited] [--swap ...] [--cpus N|unlimited] [--pids N|unlimited] ...
                     [--onboot yes|no] [--sysctl KEY=VALUE]...   (KEY= removes; live when running)
              exec NAME [--timeout SECONDS] [--stdin] -- CMD ARGS...   (exit code passed through; 124 = timed out;
                     --stdin feeds this standard input to the command)
              enter NAME                            a shell in the container on this terminal (its exit code)
              template list | build NAME [--source RECIPE] | import NAME TARBALL | delete NAME
              checkpoint NAME [--leave-running] [--output FILE]   CRIU checkpoint (FILE: download it)
              checkpoint NAME --delete ID
              checkpoints NAME                      the container's checkpoints
              restore NAME [--from ID|FILE]         newest checkpoint, one of them, or a file uploaded first
              migrate NAME --to HOST[:PORT]         live migration to another agent (same key and known_hosts)
                  [--post-copy]                     ... running there before its memory has moved (large memory)
              migrate NAME --resolve here|there     after the source agent died in a commit (its start says
                                                    MIGRATION UNRESOLVED): where it runs; here = thaw it here,
                                                    there = destroy it here
              task list | status ID | cancel ID     the agent's long operations (migrations)

            exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 conflict/wrong state, 5 connection/host key
            defaults come from /etc/corral/corralctl.conf (host, port, user, identity, known_hosts)
            """;

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(List.of(argv), System.out, System.err, System.in));
    }

    static int run(List<String> argv, PrintStream out, PrintStream err, InputStream in) {
        try {
            return dispatch(argv, out, err, in);
        } catch (CliException e) {
            err.println("corralctl: " + e.getMessage());
            return e.exitCode();
        }
    }

    private static int dispatch(List<String> argv, PrintStream out, PrintStream err, InputStream in)
            throws CliException {
        String host = null;
        String identity = null;
        String config = null;
        boolean json = false;
        boolean acceptNew = false;
        int i = 0;
        for (; i < argv.size() && argv.get(i).startsWith("-"); i++) {
            String opt = argv.get(i);
            switch (opt) {
                case "-H", "--host" -> host = value(argv, ++i, opt);
                case "-i", "--identity" -> identity = value(argv, ++i, opt);
                case "--config" -> config = value(argv, ++i, opt);
                case "--json" -> json = true;
                case "--accept-new-host-key" -> acceptNew = true;
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return ExitCodes.OK;
                }
                default -> throw new CliException(ExitCodes.USAGE, "unknown option " + opt + "\n" + USAGE);
            }
        }
        if (i >= argv.size()) {
            throw new CliException(ExitCodes.USAGE, "no command given\n" + USAGE);
        }
        String command = argv.get(i);
        if (!Commands.NAMES.contains(command)) {
            throw new CliException(ExitCodes.USAGE, "unknown command '" + command + "' (see corralctl --help)");
        }
        List<String> rest = new ArrayList<>(argv.subList(i + 1, argv.size()));
        Target target = Target.resolve(host, identity, config, acceptNew);
        try (AgentSession agent = AgentSession.open(target)) {
            return new Commands(agent, new Output(out, json), out, err, in, target).run(command, rest);
        }
    }

    private static String value(List<String> argv, int index, String option) throws CliException {
        if (index >= argv.size()) {
            throw new CliException(ExitCodes.USAGE, option + " needs a value");
        }
        return argv.get(index);
    }
}
