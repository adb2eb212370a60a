package dev.corral.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonRpcTest {

    @Test
    void requestRoundTripsThroughTheCodec() throws Exception {
        String line = JsonRpc.request(7, Methods.HELLO, new HelloParams(1, 1, "test"));
        Request r = assertInstanceOf(Request.class, JsonRpc.parse(line));
        assertEquals(7, r.id().getAsLong());
        assertEquals(Methods.HELLO, r.method());
        HelloParams p = JsonRpc.params(r, HelloParams.class);
        assertEquals(new HelloParams(1, 1, "test"), p);
    }

    @Test
    void notificationHasNoId() throws Exception {
        Request r = (Request) JsonRpc.parse(JsonRpc.notification(Methods.EVENT_HOST_METRICS,
                new HostMetrics(1, 2.5, 3, 4, 0.1, 0.2, 0.3)));
        assertTrue(r.isNotification());
        assertEquals(2.5, JsonRpc.params(r, HostMetrics.class).cpuPercent());
    }

    @Test
    void nullResultIsWrittenAndReadBackAsAResponse() throws Exception {
        String line = JsonRpc.result(new com.google.gson.JsonPrimitive(4), null);
        assertTrue(line.contains("\"result\":null"), line);
        Response r = assertInstanceOf(Response.class, JsonRpc.parse(line));
        assertEquals(4, r.id().getAsLong());
        assertTrue(!r.isError() && r.result().isJsonNull());
    }

    @Test
    void errorForAnUnreadableRequestCarriesANullId() throws Exception {
        String line = JsonRpc.error(null, ErrorCodes.PARSE_ERROR, "malformed JSON");
        assertTrue(line.contains("\"id\":null"), line);
        Response r = assertInstanceOf(Response.class, JsonRpc.parse(line));
        assertEquals(ErrorCodes.PARSE_ERROR, r.error().code());
    }

    @Test
    void subscribeResultRoundTrips() throws Exception {
        Response r = (Response) JsonRpc.parse(JsonRpc.result(new com.google.gson.JsonPrimitive(5),
                new SubscribeResult(2000)));
        assertEquals(new SubscribeResult(2000), JsonRpc.result(r, SubscribeResult.class));
    }

    @Test
    void errorResponseKeepsCodeAndMessage() throws Exception {
        Response r = (Response) JsonRpc.parse(JsonRpc.error(new com.google.gson.JsonPrimitive(3),
                ErrorCodes.NOT_FOUND, "no container ct1"));
        assertTrue(r.isError());
        assertEquals(ErrorCodes.NOT_FOUND, r.error().code());
        assertEquals("no container ct1", r.error().message());
        assertNull(r.result());
    }

    @Test
    void malformedJsonIsAParseError() {
        assertEquals(ErrorCodes.PARSE_ERROR, code("{\"jsonrpc\":\"2.0\","));
        assertEquals(ErrorCodes.PARSE_ERROR, code("{jsonrpc:'2.0'}"));
        assertEquals(ErrorCodes.PARSE_ERROR, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\"} {}"));
    }

    @Test
    void badEnvelopesAreInvalidRequests() {
        assertEquals(ErrorCodes.INVALID_REQUEST, code("[1,2]"));
        assertEquals(ErrorCodes.INVALID_REQUEST, code("{\"id\":1,\"method\":\"hello\"}"));
        assertEquals(ErrorCodes.INVALID_REQUEST, code("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"hello\"}"));
        assertEquals(ErrorCodes.INVALID_REQUEST, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}"));
        assertEquals(ErrorCodes.INVALID_REQUEST, code("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"x\"}"));
        assertEquals(ErrorCodes.INVALID_REQUEST, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":3}"));
    }

    @Test
    void wrongParamTypesAreInvalidParamsWithTheRequestId() throws Exception {
        Request r = (Request) JsonRpc.parse(
                "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"hello\",\"params\":{\"protocolVersion\":\"one\"}}");
        ProtocolException e = assertThrows(ProtocolException.class, () -> JsonRpc.params(r, HelloParams.class));
        assertEquals(ErrorCodes.INVALID_PARAMS, e.code());
        assertEquals(9, e.id().getAsInt());
    }

    @Test
    void absentParamsDecodeAsDefaults() throws Exception {
        Request r = (Request) JsonRpc.parse("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"events.subscribe\"}");
        assertEquals(0, JsonRpc.params(r, SubscribeParams.class).metricsIntervalMillis());
    }

    private static int code(String line) {
        return assertThrows(ProtocolException.class, () -> JsonRpc.parse(line)).code();
    }
}
