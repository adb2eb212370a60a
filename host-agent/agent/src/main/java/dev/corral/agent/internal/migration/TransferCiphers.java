package dev.corral.agent.internal.migration;

import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;

/**
 * The cipher order of the agent-to-agent connection, which carries whole checkpoints while the
 * container runs nowhere. SSHD's default first choice, chacha20-poly1305, runs in pure Java; AES-GCM
 * uses the JDK's AES-NI/CLMUL intrinsics: measured here over loopback, 256 MiB took 2.1-2.7 s with
 * chacha20-poly1305 and 0.6 s with aes128-gcm (warm JIT). Both are AEAD ciphers OpenSSH offers by
 * default; the other defaults stay behind them for peers without GCM.
 */
final class TransferCiphers {

    private static final List<BuiltinCiphers> FIRST = List.of(BuiltinCiphers.aes128gcm, BuiltinCiphers.aes256gcm);

    private TransferCiphers() {
    }

    static void prefer(SshClient client) {
        List<NamedFactory<Cipher>> order = new ArrayList<>();
        for (BuiltinCiphers c : FIRST) {
            if (c.isSupported()) {
                order.add(c);
            }
        }
        for (NamedFactory<Cipher> c : client.getCipherFactories()) {
            if (order.stream().noneMatch(o -> o.getName().equals(c.getName()))) {
                order.add(c);
            }
        }
        client.setCipherFactories(order);
    }
}
