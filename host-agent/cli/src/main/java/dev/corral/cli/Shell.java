package dev.corral.cli;

import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.ContainerStates;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.common.util.io.input.NoCloseInputStream;
import org.apache.sshd.common.util.io.output.NoCloseOutputStream;

/**
 * {@code corralctl enter NAME}: the agent's shell channel ({@link Protocol#ENTER_COMMAND}) on this
 * terminal. Exits with the shell's exit code.
 */
final class Shell {

    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(15);

    private Shell() {
    }

    static int enter(AgentSession agent, String name, InputStream in, PrintStream out, PrintStream err)
            throws CliException {
        // Asked first so a missing or stopped container gets corralctl's exit codes (3, 4), not 255.
        ContainerInfo info = agent.call(Methods.CONTAINER_STATUS, new NameParams(name), ContainerInfo.class);
        if (!ContainerStates.RUNNING.equals(info.state())) {
            throw new CliException(ExitCodes.CONFLICT, "container " + name + " is " + info.state());
        }
        Terminal terminal = Terminal.open();
        int[] size = terminal.size();
        try {
            ChannelExec channel = agent.ssh().createExecChannel(Protocol.enterCommand(name));
            channel.setUsePty(true);
            channel.setPtyType(terminal.type());
            channel.setPtyColumns(size[0]);
            channel.setPtyLines(size[1]);
            channel.setIn(new NoCloseInputStream(in));
            channel.setOut(new NoCloseOutputStream(out));
            channel.setErr(new NoCloseOutputStream(err));
            terminal.raw();
            channel.open().verify(OPEN_TIMEOUT);
            terminal.onResize((columns, rows) -> {
                try {
                    channel.sendWindowChange(columns, rows);
                } catch (IOException e) {
                    // closing anyway
                }
            });
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), 0L);
            Integer status = channel.getExitStatus();
            if (status == null) {
                throw new CliException(ExitCodes.CONNECTION, "the shell in " + name + " ended without an exit status");
            }
            return status;
        } catch (IOException e) {
            throw new CliException(ExitCodes.CONNECTION, "cannot open a shell in " + name + ": " + e.getMessage());
        } finally {
            terminal.close();
            out.flush();
        }
    }
}
