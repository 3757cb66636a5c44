package io.github.cxonesdk.streaming.fanout;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jakarta WebSocket endpoint that serves a {@link Broadcaster} in an app server: each message is
 * sent as the text {@code {"id":N,"type":"…","data":<data>}}; a client resumes with the query parameter
 * {@code lastEventId}. Register it with {@link #config(String, Broadcaster)}:
 *
 * <pre>{@code
 * serverContainer.addEndpoint(BroadcastEndpoint.config("/presence", broadcaster));
 * }</pre>
 *
 * <p>Each session has a sender thread ({@code cxone-ws-fanout-N}) that takes from its subscription;
 * an evicted (stalled) session is closed with {@code TRY_AGAIN_LATER}. Instances are created by the
 * container, one per session; the class is thread-safe.
 */
public class BroadcastEndpoint extends Endpoint {
    private static final Logger LOG = LoggerFactory.getLogger(BroadcastEndpoint.class);
    /** The user property under which {@link #config} stores the broadcaster. */
    public static final String BROADCASTER = "io.github.cxonesdk.streaming.fanout.Broadcaster";
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final Duration POLL = Duration.ofSeconds(1);

    private volatile Broadcaster.Subscription subscription;
    private volatile ExecutorService sender;

    /** Creates the endpoint; the container calls this. */
    public BroadcastEndpoint() {
    }

    /**
     * Returns the endpoint configuration for a path and a broadcaster.
     *
     * @param path        the path, e.g. {@code /presence}
     * @param broadcaster what to serve
     * @return the configuration to register with the container
     */
    public static ServerEndpointConfig config(String path, Broadcaster broadcaster) {
        Objects.requireNonNull(broadcaster, "broadcaster == null");
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(BroadcastEndpoint.class, path).build();
        config.getUserProperties().put(BROADCASTER, broadcaster);
        return config;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        Broadcaster broadcaster = (Broadcaster) config.getUserProperties().get(BROADCASTER);
        if (broadcaster == null) {
            close(session, CloseReason.CloseCodes.UNEXPECTED_CONDITION, "no broadcaster configured");
            return;
        }
        subscription = broadcaster.subscribe(lastEventId(session.getRequestParameterMap()));
        sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cxone-ws-fanout-" + IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        sender.execute(() -> pump(session));
    }

    private void pump(Session session) {
        Broadcaster.Subscription sub = subscription;
        try {
            while (session.isOpen() && sub.isOpen()) {
                BroadcastMessage m = sub.poll(POLL);
                if (m != null) {
                    session.getBasicRemote().sendText(format(m));
                }
            }
            if (sub.evicted()) {
                close(session, CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow: evicted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.debug("fan-out session failed", e);
        } finally {
            sub.close();
        }
    }

    /**
     * Formats a message as the endpoint's JSON text.
     *
     * @param m the message
     * @return the text
     */
    static String format(BroadcastMessage m) {
        return "{\"id\":" + m.id() + ",\"type\":\"" + m.type().replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"data\":" + m.data() + "}";
    }

    private static long lastEventId(Map<String, List<String>> params) {
        List<String> values = params.get("lastEventId");
        if (values == null || values.isEmpty() || values.get(0).length() > 19) {
            return -1;
        }
        try {
            return Long.parseLong(values.get(0));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void close(Session session, CloseReason.CloseCodes code, String reason) {
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException e) {
            LOG.debug("close failed", e);
        }
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        stop();
    }

    @Override
    public void onError(Session session, Throwable error) {
        LOG.debug("fan-out session error", error);
        stop();
    }

    private void stop() {
        Broadcaster.Subscription sub = subscription;
        if (sub != null) {
            sub.close();
        }
        ExecutorService s = sender;
        if (s != null) {
            s.shutdownNow();
        }
    }
}
