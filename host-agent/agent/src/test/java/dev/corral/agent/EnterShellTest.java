package dev.corral.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.corral.protocol.ContainerSpec;
import dev.corral.protocol.Methods;
import dev.corral.protocol.NameParams;
import dev.corral.protocol.Protocol;
import dev.corral.protocol.TemplateParams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code enter NAME}: a shell on a terminal inside a running container, over an SSH exec channel. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterShellTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private TestAgent agent;
    private SshClient ssh;
    private ClientSession session;

    @BeforeAll
    void start() throws Exception {
        agent = TestAgent.start();
        try (RpcClient rpc = agent.rpc()) {
            rpc.hello();
            rpc.result(Methods.TEMPLATE_BUILD, new TemplateParams("busybox", null));
            rpc.result(Methods.CONTAINER_CREATE, new ContainerSpec("sh1", "busybox", null, null, null, null, null));
            rpc.result(Methods.CONTAINER_START, new NameParams("sh1"));
        }
        ssh = SshClient.setUpDefaultClient();
        ssh.setServerKeyVerifier((s, a, k) -> true);
        ssh.start();
        session = ssh.connect("root", "127.0.0.1", agent.port()).verify(TIMEOUT).getSession();
        session.addPublicKeyIdentity(agent.key());
        session.auth().verify(TIMEOUT);
    }

    @AfterAll
    void stop() {
        if (ssh != null) {
            ssh.stop();
        }
        if (agent != null) {
            agent.close();
        }
    }

    private ChannelExec open(String command, int columns, int rows) throws IOException {
        PtyChannelConfiguration pty = new PtyChannelConfiguration();
        pty.setPtyType("xterm");
        pty.setPtyColumns(columns);
        pty.setPtyLines(rows);
        ChannelExec channel = session.createExecChannel(command, pty, Map.of());
        channel.setUsePty(true);
        channel.open().verify(TIMEOUT);
        return channel;
    }

    @Test
    void aShellOnATerminalResizesTakesCtrlCAndReturnsItsExitCode() throws Exception {
        ChannelExec channel = open(Protocol.enterCommand("sh1"), 100, 30);
        Screen screen = new Screen(channel.getInvertedOut());
        OutputStream keys = channel.getInvertedIn();
        // Type at the prompt, as a person does: keys typed before runc has set up the container's
        // terminal reach the shell before that terminal has its size.
        screen.await("# ");
        type(keys, "stty size\n");
        screen.await("30 100");
        channel.sendWindowChange(120, 40);
        type(keys, "stty size; tty\n");
        screen.await("40 120");
        screen.await("/dev/pts/");
        // Ctrl-C reaches the foreground job only: the shell lives on and sees it died of SIGINT.
        // The marker comes from the job itself, so it is already the terminal's foreground
        // process group when we see it (a marker echoed by the shell before forking left a
        // window where Ctrl-C reached the shell and the sleep ran on).
        type(keys, "sh -c 'echo sleeping$((6*7)); exec sleep 30'\n");
        screen.await("sleeping42");
        keys.write(3);
        keys.flush();
        type(keys, "echo rc:$?\n");
        screen.await("rc:130");
        type(keys, "echo hi; exit 3\n");
        channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
        // The last output came before the close, but our reader thread may not have taken it yet.
        screen.await("hi\r\n");
        assertEquals(3, channel.getExitStatus(), screen::text);
    }

    @Test
    void keysTypedBeforeThePromptWaitForTheContainersTerminal() throws Exception {
        ChannelExec channel = open(Protocol.enterCommand("sh1"), 111, 33);
        Screen screen = new Screen(channel.getInvertedOut());
        // Typed at once, before runc has made the container's terminal: the agent holds the keys
        // until the shell shows something, so they are echoed once, by the container's terminal,
        // and the command sees that terminal with its size.
        type(channel.getInvertedIn(), "stty size; exit 7\n");
        channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
        screen.await("33 111");
        assertEquals(7, channel.getExitStatus(), screen::text);
        assertEquals(1, screen.text().split("stty size; exit 7", -1).length - 1, () -> "echoed once:\n" + screen.text());
    }

    @Test
    void enteringWhatCannotBeEnteredSaysWhyWithStatus255() throws Exception {
        for (String command : new String[] {Protocol.enterCommand("nobody"), "ls /", "enter"}) {
            ChannelExec channel = open(command, 80, 24);
            Screen err = new Screen(channel.getInvertedErr());
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
            assertEquals(Protocol.ENTER_FAILED, channel.getExitStatus(), command);
            err.await("corral-agent: ");
        }
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** What the terminal shows, read as it comes; waits are bounded. */
    private static final class Screen {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Screen(InputStream from) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[4096];
                int n;
                try {
                    while ((n = from.read(buf)) > 0) {
                        synchronized (this) {
                            bytes.write(buf, 0, n);
                            notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // channel closed
                }
            }, "test-screen");
            t.setDaemon(true);
            t.start();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        synchronized void await(String expected) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!text().contains(expected)) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    fail("the terminal did not show '" + expected + "' within " + TIMEOUT + ":\n" + text());
                }
                wait(left);
            }
        }
    }
}
