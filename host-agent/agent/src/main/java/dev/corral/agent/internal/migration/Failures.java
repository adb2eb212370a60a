package dev.corral.agent.internal.migration;

import dev.corral.agent.RpcException;
import dev.corral.runtime.RuntimeError;
import java.util.function.Supplier;

/** Runtime failures as the client sees them: the runtime's kind picks the code, its message stays. */
final class Failures {

    private Failures() {
    }

    static <T> T call(Supplier<T> runtimeCall) throws RpcException {
        try {
            return runtimeCall.get();
        } catch (RuntimeError e) {
            throw new RpcException(e.errorCode(), e.getMessage());
        }
    }

    static String message(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
