package dev.corral.agent.internal.shell;

import dev.corral.agent.internal.containers.Containers;
import dev.corral.protocol.Protocol;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;

/**
 * SSH exec requests. The agent runs no commands on the host: only {@code enter NAME}, an
 * interactive shell inside a container (see {@link Protocol#ENTER_COMMAND}).
 */
public final class EnterCommandFactory implements CommandFactory {

    private final Containers containers;

    public EnterCommandFactory(Containers containers) {
        this.containers = containers;
    }

    @Override
    public Command createCommand(ChannelSession channel, String command) {
        String[] words = command.strip().split("\\s+");
        if (words.length != 2 || !Protocol.ENTER_COMMAND.equals(words[0])) {
            return new FailedCommand("corral-agent runs no commands but '" + Protocol.ENTER_COMMAND
                    + " NAME' (use the " + Protocol.SUBSYSTEM + " subsystem for everything else)");
        }
        // Checked and started on a thread of its own: this runs on an SSH I/O thread.
        return new ShellCommand(containers, words[1]);
    }
}
