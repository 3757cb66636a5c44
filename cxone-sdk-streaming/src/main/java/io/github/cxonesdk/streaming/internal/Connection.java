package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.core.auth.AccessToken;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.streaming.spi.StreamProtocol.ProtocolMessage;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One WebSocket connection of a {@link StreamEngine}: reassembles fragmented text up to the size
 * cap, decodes messages and hands them to the engine. The JDK calls a listener's methods one at a
 * time; {@code inFlight} is guarded by the engine's lock.
 */
final class Connection implements WebSocket.Listener {
    private static final int KEEP_BUFFER = 64 * 1024;

    private final StreamEngine engine;
    final AccessToken token;
    volatile WebSocket ws;
    volatile boolean dead;
    volatile boolean subscribed;
    int inFlight;
    private volatile long lastActivity = System.nanoTime();
    private StringBuilder text = new StringBuilder();
    private boolean oversized;
    private CompletableFuture<?> sends = CompletableFuture.completedFuture(null);

    Connection(StreamEngine engine, AccessToken token) {
        this.engine = engine;
        this.token = token;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        this.ws = webSocket;
        touch();
        engine.opened(this);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        touch();
        if (!oversized) {
            if (text.length() + data.length() > engine.s.maxMessageSize()) {
                oversized = true;
                text = new StringBuilder();
            } else {
                text.append(data);
            }
        }
        if (!last) {
            frame();
        } else {
            if (oversized) {
                frame();
                engine.malformed("oversized message");
            } else {
                handle(text.toString());
            }
            oversized = false;
            if (text.capacity() > KEEP_BUFFER) {
                text = new StringBuilder();
            } else {
                text.setLength(0);
            }
        }
        engine.topUp(this);
        return null;
    }

    private void handle(String message) {
        ProtocolMessage m = engine.s.protocol().decode(message);
        if (m.kind() != io.github.cxonesdk.streaming.spi.StreamProtocol.Kind.EVENT) {
            frame(); // an event is counted by the engine together with its buffering, under one lock
        }
        switch (m.kind()) {
            case EVENT -> engine.event(this, m.event());
            case HEARTBEAT -> engine.heartbeat(this);
            case SUBSCRIBED -> {
                if (!subscribed) {
                    subscribed = true;
                    engine.subscribed(this);
                }
            }
            case ERROR -> engine.refused(this, m.detail());
            case MALFORMED -> engine.malformed(m.detail());
            case IGNORED -> {
            }
            default -> throw new IllegalStateException("unknown kind " + m.kind());
        }
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        frame();
        if (last) {
            engine.malformed("binary message");
        }
        engine.topUp(this);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        frame();
        engine.topUp(this);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        frame();
        engine.topUp(this);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (statusCode == 1008) {
            engine.s.tokens().invalidate(token); // policy violation: the simulator and CXone use it for an expired token
        }
        engine.reconnectLater(this, "closed by the server: " + statusCode + " "
                + Redaction.text(reason, Redaction.secrets(token.value())));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        engine.reconnectLater(this, "socket error: " + Redaction.text(String.valueOf(error),
                Redaction.secrets(token.value())));
    }

    private void frame() {
        touch();
        synchronized (engine.lock) {
            inFlight--;
        }
    }

    void touch() {
        lastActivity = System.nanoTime();
    }

    boolean silentFor(Duration limit) {
        boolean waiting;
        synchronized (engine.lock) {
            waiting = inFlight > 0;
        }
        return waiting && ws != null && System.nanoTime() - lastActivity > limit.toNanos();
    }

    void send(String message) {
        WebSocket socket = ws;
        if (socket == null || dead) {
            return;
        }
        synchronized (this) {
            sends = sends.handle((r, e) -> null).thenCompose(x -> socket.sendText(message, true));
        }
    }

    void abort() {
        dead = true;
        WebSocket socket = ws;
        if (socket != null) {
            socket.abort();
        }
    }
}
