package dev.corral.agent.internal.ssh;

import dev.corral.protocol.Methods;
import dev.corral.protocol.PostCopyProtocol;
import dev.corral.protocol.Protocol;
import java.util.Set;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;

/**
 * What a session may do that logged in with a temporary migration grant only (not with a key of
 * the authorized_keys file): exactly what a migration's source agent calls on its destination.
 * Everything else (container.*, enter, exec, granting more keys) is refused. A new kind of
 * migration adds its destination-side methods and exec commands to these two lists.
 */
public final class GrantScope {

    /** The JSON-RPC methods a grant allows. */
    public static final Set<String> METHODS = Set.of(Methods.HELLO, Methods.MIGRATION_PRECHECK,
            Methods.MIGRATION_RESTORE, Methods.MIGRATION_PAGE_SINK, Methods.MIGRATION_RESTORE_PUSHED,
            Methods.MIGRATION_PAGES_RECEIVED,
            Methods.MIGRATION_START, Methods.MIGRATION_COMMIT, Methods.MIGRATION_DISCARD,
            PostCopyProtocol.RESTORE_LAZY, PostCopyProtocol.PAGES);

    /** The exec commands (first word) a grant allows: the uploads. */
    public static final Set<String> EXEC_COMMANDS = Set.of(Protocol.CHECKPOINT_PUT_COMMAND,
            Protocol.CONTAINER_PUT_COMMAND, PostCopyProtocol.PUT_COMMAND, Protocol.PAGES_COMMAND);

    private static final AttributeKey<Boolean> GRANT_ONLY = new AttributeKey<>();

    private GrantScope() {
    }

    /** The session authenticated with a granted key, or (false) with an authorized_keys key. */
    public static void mark(Session session, boolean grantOnly) {
        if (grantOnly) {
            session.setAttribute(GRANT_ONLY, Boolean.TRUE);
        } else {
            session.removeAttribute(GRANT_ONLY);
        }
    }

    public static boolean grantOnly(Session session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(GRANT_ONLY));
    }

    /** The refusal's text, naming what was asked. */
    public static String refusal(String what) {
        return what + " is not allowed: this session logged in with a temporary migration grant, which allows only "
                + "a migration source's calls (" + String.join(", ", METHODS.stream().sorted().toList()) + "; exec "
                + String.join(", ", EXEC_COMMANDS.stream().sorted().toList()) + ")";
    }
}
