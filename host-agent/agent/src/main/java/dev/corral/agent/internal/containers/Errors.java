package dev.corral.agent.internal.containers;

import dev.corral.agent.RpcException;
import dev.corral.runtime.RuntimeError;
import java.util.function.Supplier;

/** Runtime failures as the client sees them: the runtime's kind picks the code, its message stays. */
final class Errors {

    private Errors() {
    }

    static <T> T call(Supplier<T> runtimeCall) throws RpcException {
        try {
            return runtimeCall.get();
        } catch (RuntimeError e) {
            throw of(e);
        }
    }

    static RpcException of(RuntimeError e) {
        return new RpcException(e.errorCode(), e.getMessage());
    }
}
