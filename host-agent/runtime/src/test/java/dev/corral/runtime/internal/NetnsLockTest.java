package dev.corral.runtime.internal;

import dev.corral.runtime.RuntimeError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The restore's network lock, made over netlink: nft(8) sees the table and chain it would have
 * made itself, packets into the namespace are dropped (loopback too) until the unlock, and the
 * unlock is idempotent. Needs root; a namespace of its own, removed afterwards.
 */
class NetnsLockTest {

    private final String ns = "corral-nlk-" + Integer.toHexString(0x10000 + new Random().nextInt(0xeffff));

    @BeforeEach
    void namespace() {
        Cmd.check("ip", "netns", "add", ns);
        Cmd.check("ip", "-n", ns, "link", "set", "lo", "up");
    }

    @AfterEach
    void remove() {
        Cmd.quiet("ip", "netns", "del", ns);
    }

    @Test
    void dropsInputUntilUnlockedAndNftSeesIt() {
        assertFalse(NetnsLock.locked(ns));
        assertTrue(ping(), "open before the lock");

        NetnsLock.lock(ns);
        assertTrue(NetnsLock.locked(ns));
        String listed = Cmd.check("ip", "netns", "exec", ns, "nft", "list", "table", "inet", NetnsLock.TABLE).stdout();
        assertTrue(listed.contains("type filter hook input priority raw; policy drop;"), listed);
        assertFalse(ping(), "input dropped while locked");
        NetnsLock.lock(ns);
        assertTrue(NetnsLock.locked(ns), "locking twice keeps one lock");

        NetnsLock.unlock(ns);
        assertFalse(NetnsLock.locked(ns));
        assertEquals("", Cmd.check("ip", "netns", "exec", ns, "nft", "list", "tables").stdout().strip());
        assertTrue(ping(), "open again");
        NetnsLock.unlock(ns);
        assertFalse(NetnsLock.locked(ns), "unlocking twice is no error");
    }

    @Test
    void aMissingNamespaceIsAClearError() {
        RuntimeError e = assertThrows(RuntimeError.class, () -> NetnsLock.lock("corral-nlk-none"));
        assertTrue(e.getMessage().contains("cannot enter network namespace " + Path.of("/run/netns/corral-nlk-none")),
                e.getMessage());
    }

    private boolean ping() {
        return Cmd.quiet("ip", "netns", "exec", ns, "busybox", "ping", "-c", "1", "-W", "1", "127.0.0.1").ok();
    }
}
