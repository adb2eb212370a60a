package dev.corral.agent.internal.migration;

import dev.corral.agent.internal.containers.Containers;
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
 * {@link Protocol#CHECKPOINT_PUT_COMMAND}); anything else goes to {@code next} (enter).
 */
public final class TransferCommands implements CommandFactory {

    private final Containers containers;
    private final Incoming incoming;
    private final CommandFactory next;

    TransferCommands(Containers containers, Incoming incoming, CommandFactory next) {
        this.containers = containers;
        this.incoming = incoming;
        this.next = next;
    }

    @Override
    public Command createCommand(ChannelSession channel, String command) throws IOException {
        String[] w = command.strip().split("\\s+");
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

    private static Command refuse(String message) {
        return new StreamCommand() {
            @Override
            protected void run() throws Refused {
                throw new Refused(message);
            }
        };
    }
}
