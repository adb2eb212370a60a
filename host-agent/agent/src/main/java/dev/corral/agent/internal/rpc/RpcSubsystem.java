package dev.corral.agent.internal.rpc;

import dev.corral.protocol.Protocol;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.subsystem.SubsystemFactory;

/** The {@code corral@corral.dev} subsystem: one {@link RpcSession} per channel. */
public final class RpcSubsystem implements SubsystemFactory {

    private final Dispatcher dispatcher;

    public RpcSubsystem(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String getName() {
        return Protocol.SUBSYSTEM;
    }

    @Override
    public Command createSubsystem(ChannelSession channel) {
        return new RpcSession(dispatcher);
    }
}
