package dev.corral.cli;

import dev.corral.protocol.CheckpointInfo;
import dev.corral.protocol.CheckpointList;
import dev.corral.protocol.CheckpointParams;
import dev.corral.protocol.CheckpointRef;
import dev.corral.protocol.ContainerInfo;
import dev.corral.protocol.JsonRpc;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;

/**
 * checkpoint, checkpoints, restore: checkpoints on the agent's host, and their files moved over
 * the SSH connection (the agent's {@code checkpoint-get}/{@code checkpoint-put} exec commands).
 */
final class CheckpointCommands {

    private static final Duration TRANSFER_TIMEOUT = Duration.ofHours(2);

    private final AgentSession agent;
    private final Output output;
    private final PrintStream out;

    CheckpointCommands(AgentSession agent, Output output, PrintStream out) {
        this.agent = agent;
        this.output = output;
        this.out = out;
    }

    /** checkpoint NAME [--leave-running] [--output FILE] | checkpoint NAME --delete ID */
    void checkpoint(List<String> tokens) throws CliException {
        Args a = Args.parse(tokens, List.of("output", "delete"), List.of("leave-running"));
        a.expectPositionals(1);
        String name = a.positional(0, "container name");
        if (a.has("delete")) {
            CheckpointInfo gone = agent.call(Methods.CHECKPOINT_DELETE, new CheckpointRef(name, a.option("delete")),
                    CheckpointInfo.class);
            output.message("Checkpoint " + gone.id() + " of " + name + " deleted");
            return;
        }
        CheckpointInfo c = agent.call(Methods.CONTAINER_CHECKPOINT, new CheckpointParams(name, a.flag("leave-running")),
                CheckpointInfo.class);
        if (a.has("output")) {
            download(name, c, Path.of(a.option("output")));
        }
        if (output.json()) {
            output.json(c);
        } else {
            out.println("Checkpoint " + c.id() + " of " + name + " (" + Sizes.format(c.sizeBytes()) + ", frozen "
                    + c.frozenMillis() + " ms; container " + (a.flag("leave-running") ? "running" : "stopped") + ")"
                    + (a.has("output") ? " saved to " + a.option("output") : ""));
        }
    }

    void list(List<String> tokens) throws CliException {
        Args a = Args.parse(tokens, List.of(), List.of());
        a.expectPositionals(1);
        CheckpointList l = agent.call(Methods.CHECKPOINT_LIST, new NameParams(a.positional(0, "container name")),
                CheckpointList.class);
        if (output.json()) {
            output.json(l);
            return;
        }
        Table t = new Table("ID", "CREATED", "SIZE", "FROZEN", "ROOTFS");
        for (CheckpointInfo c : l.checkpoints()) {
            t.row(c.id(), c.created(), Sizes.format(c.sizeBytes()), c.frozenMillis() + " ms", c.includesRootfs() ? "yes" : "no");
        }
        t.print(out);
    }

    /** restore NAME [--from ID|FILE]: a FILE (an existing local path) is uploaded first. */
    void restore(List<String> tokens) throws CliException {
        Args a = Args.parse(tokens, List.of("from"), List.of());
        a.expectPositionals(1);
        String name = a.positional(0, "container name");
        String from = a.option("from");
        String id = from;
        if (from != null && Files.isRegularFile(Path.of(from))) {
            CheckpointInfo up = upload(name, Path.of(from));
            id = up.id();
            if (!output.json()) {
                out.println("Uploaded checkpoint " + id + " (" + Sizes.format(up.sizeBytes()) + ")");
            }
        }
        ContainerInfo info = agent.call(Methods.CONTAINER_RESTORE, new CheckpointRef(name, id), ContainerInfo.class);
        if (output.json()) {
            output.json(info);
        } else {
            out.println("Container " + name + " restored (" + info.state() + ")");
        }
    }

    private void download(String name, CheckpointInfo c, Path file) throws CliException {
        Path tmp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".part");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MessageDigest digest = sha256();
        try (OutputStream to = new DigestOutputStream(Files.newOutputStream(tmp), digest);
             ChannelExec ch = agent.ssh().createExecChannel(Protocol.CHECKPOINT_GET_COMMAND + " " + name + " " + c.id())) {
            ch.setOut(to);
            ch.setErr(err);
            ch.open().verify(Duration.ofSeconds(30));
            ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TRANSFER_TIMEOUT);
            to.flush();
            Integer status = ch.getExitStatus();
            String trailer = err.toString(StandardCharsets.UTF_8).strip();
            if (status == null || status != 0) {
                throw new CliException(ExitCodes.FAILURE, "download failed: " + (trailer.isEmpty() ? "channel closed" : trailer));
            }
            String expected = "size=" + Files.size(tmp) + " sha256=" + HexFormat.of().formatHex(digest.digest());
            if (!trailer.equals(expected)) {
                throw new CliException(ExitCodes.FAILURE, "download damaged: the agent sent " + trailer + ", got " + expected);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new CliException(ExitCodes.CONNECTION, "download failed: " + e.getMessage());
        } catch (CliException e) {
            deleteQuietly(tmp);
            throw e;
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot write " + file + ": " + e.getMessage());
        }
    }

    private CheckpointInfo upload(String name, Path file) throws CliException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            long size = Files.size(file);
            MessageDigest d = sha256();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    d.update(buf, 0, n);
                }
            }
            String sha = HexFormat.of().formatHex(d.digest());
            try (ChannelExec ch = agent.ssh().createExecChannel(Protocol.CHECKPOINT_PUT_COMMAND + " " + name + " " + size
                    + " " + sha)) {
                ch.setOut(out);
                ch.setErr(err);
                ch.open().verify(Duration.ofSeconds(30));
                try (InputStream in = Files.newInputStream(file); OutputStream to = ch.getInvertedIn()) {
                    in.transferTo(to);
                }
                ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TRANSFER_TIMEOUT);
                Integer status = ch.getExitStatus();
                if (status == null || status != 0) {
                    String why = err.toString(StandardCharsets.UTF_8).strip().replaceFirst("^corral-agent: ", "");
                    throw new CliException(ExitCodes.FAILURE, "upload refused: " + (why.isEmpty() ? "channel closed" : why));
                }
            }
            return JsonRpc.gson().fromJson(out.toString(StandardCharsets.UTF_8).strip(), CheckpointInfo.class);
        } catch (IOException e) {
            throw new CliException(ExitCodes.CONNECTION, "upload failed: " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a partial download; nothing more to do
        }
    }
}
