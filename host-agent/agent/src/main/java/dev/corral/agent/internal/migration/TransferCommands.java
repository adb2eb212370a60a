package dev.corral.agent.internal.migration;

import dev.corral.agent.internal.containers.Containers;
import dev.corral.agent.internal.ssh.GrantScope;
import dev.corral.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;

/**
 * SSH exec requests: the checkpoint transfers ({@link Protocol#CHECKPOINT_GET_COMMAND},
 * {@link Protocol#CHECKPOINT_PUT_COMMAND}) and a restart migration's
 * {@link Protocol#CONTAINER_PUT_COMMAND}; anything else goes to {@code next} (enter). A session
 * let in by a migration grant gets the uploads only; a container a migration holds cannot be
 * entered.
 */
public final class TransferCommands implements CommandFactory {

    private final Containers containers;
    private final Incoming incoming;
    private final PageSinks pageSinks;
    private final CommandFactory next;

    TransferCommands(Containers containers, Incoming incoming, PageSinks pageSinks, CommandFactory next) {
        this.containers = containers;
        this.incoming = incoming;
        this.pageSinks = pageSinks;
        this.next = next;
    }

    @Override
    public Command createCommand(ChannelSession channel, String command) throws IOException {
        String[] w = command.strip().split("\\s+");
        if (GrantScope.grantOnly(channel.getSession()) && !GrantScope.EXEC_COMMANDS.contains(w[0])) {
            return refuse(GrantScope.refusal("exec " + w[0]));
        }
        if (w[0].equals(Protocol.ENTER_COMMAND) && w.length > 1) {
            // No new shells while a migration holds the container (one would also block its dump).
            String held = containers.claims().holder(w[1]);
            if (held != null) {
                return refuse("container " + w[1] + " is " + held + ": cannot enter it now");
            }
        }
        if (w[0].equals(Protocol.CONTAINER_PUT_COMMAND)) {
            long size = w.length == 4 ? parseSize(w[2]) : -1;
            if (size < 0 || !w[3].matches("[0-9a-fA-F]{64}")) {
                return refuse("usage: " + Protocol.CONTAINER_PUT_COMMAND + " NAME SIZE SHA256");
            }
            return new ContainerPut(containers, incoming, w[1], size, w[3]);
        }
        if (w[0].equals(dev.corral.protocol.PostCopyProtocol.PUT_COMMAND)) {
            PostCopyPut.Mode mode = w.length == 2 || w.length == 3 ? PostCopyPut.mode(w.length == 3 ? w[2] : null) : null;
            if (mode == null || !PostCopyPut.validName(w[1])) {
                return refuse("usage: " + dev.corral.protocol.PostCopyProtocol.PUT_COMMAND + " NAME [upper|delta|layer] (NAME a container name)");
            }
            return new PostCopyPut(containers, incoming, w[1], mode);
        }
        if (w[0].equals(Protocol.PAGES_COMMAND)) {
            if (w.length != 2 || !PostCopyPut.validName(w[1])) {
                return refuse("usage: " + Protocol.PAGES_COMMAND + " NAME (NAME a container name)");
            }
            return pageSinks.pagesCommand(w[1]);
        }
        if (w[0].equals(Protocol.CHECKPOINT_GET_COMMAND)) {
            if (w.length != 3) {
                return refuse("usage: " + Protocol.CHECKPOINT_GET_COMMAND + " NAME ID");
            }
            return new CheckpointGet(containers, w[1], w[2]);
        }
        if (w[0].equals(Protocol.CHECKPOINT_PUT_COMMAND)) {
            long size;
            try {
                size = Long.parseLong(w.length > 2 ? w[2] : "");
            } catch (NumberFormatException e) {
                size = -1;
            }
            boolean migration = w.length == 5 && w[4].equals("migration");
            if ((w.length != 4 && !migration) || size < 0 || !w[3].matches("[0-9a-fA-F]{64}")) {
                return refuse("usage: " + Protocol.CHECKPOINT_PUT_COMMAND + " NAME SIZE SHA256 [migration]");
            }
            return new CheckpointPut(containers, incoming, w[1], size, w[3], migration);
        }
        return next.createCommand(channel, command);
    }

    private static long parseSize(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Command refuse(String message) {
        return new StreamCommand() {
            @Override
            protected void run() throws Refused {
                throw new Refused(message);
            }
        };
    }
}
