package dev.corral.agent;

import dev.corral.protocol.Methods;
import dev.corral.protocol.TemplateParams;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real agent of its own for a test class, with a client that said hello and the busybox
 * template built: what the RPC tests on real containers share. Register it as an instance field
 * of a {@code PER_CLASS} test with {@code @RegisterExtension}; it runs before the class's own
 * {@code @BeforeAll} and is taken down after its {@code @AfterAll}.
 */
final class BusyboxAgent implements BeforeAllCallback, AfterAllCallback {

    private TestAgent agent;
    private RpcClient client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        agent = TestAgent.start();
        client = agent.rpc();
        client.hello();
        client.result(Methods.TEMPLATE_BUILD, new TemplateParams("busybox", null));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (client != null) {
            client.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    TestAgent agent() {
        return agent;
    }

    RpcClient client() {
        return client;
    }
}
