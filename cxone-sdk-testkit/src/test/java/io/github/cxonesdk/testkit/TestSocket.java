package io.github.cxonesdk.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** A JDK WebSocket client for the tests that records every message and the close. */
final class TestSocket implements WebSocket.Listener {
    final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final boolean ackHeartbeats;
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;

    private TestSocket(boolean ackHeartbeats) {
        this.ackHeartbeats = ackHeartbeats;
    }

    static TestSocket connect(URI url, String bearer, boolean ackHeartbeats) throws Exception {
        TestSocket listener = new TestSocket(ackHeartbeats);
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        listener.socket = builder.buildAsync(url, listener).get(20, TimeUnit.SECONDS);
        return listener;
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    void abort() {
        socket.abort();
    }

    List<JsonNode> ofType(String type) {
        return messages.stream().filter(m -> type.equals(m.path("type").asString(""))).toList();
    }

    List<JsonNode> events() {
        return messages.stream().filter(m -> m.has("sequence") && m.has("eventId")).toList();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode message = RawClient.json(partial.toString());
            partial.setLength(0);
            messages.add(message);
            if (ackHeartbeats && "heartbeat".equals(message.path("type").asString(""))) {
                webSocket.sendText("{\"type\":\"heartbeat.ack\"}", true);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }
}
