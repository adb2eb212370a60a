package dev.corral.protocol;

/** One parsed JSON-RPC message: a request (or notification) or a response. */
public sealed interface Message permits Request, Response {
}
