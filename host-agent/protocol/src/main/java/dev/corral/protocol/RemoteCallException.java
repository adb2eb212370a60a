package dev.corral.protocol;

/** The peer answered a request with a JSON-RPC error. */
public class RemoteCallException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient RpcError error;

    public RemoteCallException(RpcError error) {
        super(error.message());
        this.error = error;
    }

    public int code() {
        return error.code();
    }

    public RpcError error() {
        return error;
    }
}
