package io.github.cxonesdk.testkit.internal.socket;

import io.github.cxonesdk.testkit.internal.FaultInjector;
import io.github.cxonesdk.testkit.internal.Json;
import io.github.cxonesdk.testkit.internal.Tokens;
import io.github.cxonesdk.testkit.internal.stream.StreamContext;

import java.time.Clock;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Common part of both stream sockets: one ordered send pump with a bounded queue, heartbeats with
 * ack enforcement, token expiry and the message faults (drop, duplicate, reorder). Public because
 * Jetty only upgrades to public endpoint classes.
 */
@SuppressWarnings("exports") // exported for Jetty only (see package-info), not API
public abstract class StreamSocket extends Session.Listener.AbstractAutoDemanding {
    private static final Logger LOG = LoggerFactory.getLogger(StreamSocket.class);
    /** Above this many queued messages the publisher waits (backpressure). */
    public static final int HIGH_WATER = 2_000;

    private final Queue<String> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicInteger unacked = new AtomicInteger();
    private final StreamContext context;
    private final Tokens.Issued token;
    private volatile boolean closed;
    private ScheduledFuture<?> heartbeats;
    private String held;
    private long dataSent;
    private int seenDrop;
    private long dropFrom;

    protected StreamSocket(StreamContext context, Tokens.Issued token) {
        this.context = context;
        this.token = token;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        context.register(this);
        long period = context.heartbeatInterval().toMillis();
        heartbeats = context.scheduler().scheduleAtFixedRate(this::heartbeat, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onWebSocketText(String text) {
        JsonNode message = Json.tryParse(text).orElse(null);
        if (message == null || !message.isObject()) {
            sendControl(error("message is not a JSON object"));
            return;
        }
        if ("heartbeat.ack".equals(Json.string(message, "type"))) {
            unacked.set(0);
            return;
        }
        onMessage((ObjectNode) message);
    }

    /** Handles a client message other than a heartbeat ack. */
    protected abstract void onMessage(ObjectNode message);

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        closed();
        callback.succeed();
    }

    private void closed() {
        closed = true;
        if (heartbeats != null) {
            heartbeats.cancel(false);
        }
        context.unregister(this);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("stream socket error", cause);
        closed();
    }

    private void heartbeat() {
        if (closed) {
            return;
        }
        if (token.expired(context.clock())) {
            close(StatusCode.POLICY_VIOLATION, "token expired");
        } else if (unacked.get() >= 2) {
            close(StatusCode.POLICY_VIOLATION, "no heartbeat.ack for 2 heartbeats");
        } else {
            unacked.incrementAndGet();
            ObjectNode beat = Json.object();
            beat.put("type", "heartbeat");
            beat.put("ts", context.clock().millis());
            sendControl(beat);
        }
    }

    /** Closes this socket with a status; safe to call from any thread. */
    public void close(int status, String reason) {
        Session session = getSession();
        if (session != null && session.isOpen()) {
            session.close(status, reason, Callback.NOOP);
        }
    }

    public boolean isOpen() {
        Session session = getSession();
        return !closed && session != null && session.isOpen();
    }

    public int queued() {
        return queued.get();
    }

    protected Clock clock() {
        return context.clock();
    }

    protected StreamContext context() {
        return context;
    }

    protected static ObjectNode error(String message) {
        ObjectNode error = Json.object();
        error.put("type", "error");
        error.put("message", message);
        return error;
    }

    /** Sends a protocol message, never subject to message faults. */
    public void sendControl(ObjectNode message) {
        enqueue(Json.write(message) , false);
    }

    /** Sends a data message (event or update) through the message faults. Callers serialise calls. */
    public synchronized void sendData(String text) {
        FaultInjector faults = context.faults();
        if (faults.reorderMessages()) {
            if (held == null) {
                held = text;
                return;
            }
            enqueueData(text, faults);
            enqueueData(held, faults);
            held = null;
            return;
        }
        if (held != null) {
            enqueueData(held, faults);
            held = null;
        }
        enqueueData(text, faults);
    }

    private void enqueueData(String text, FaultInjector faults) {
        enqueue(text, true);
        if (faults.duplicateMessages()) {
            enqueue(text, true);
        }
    }

    private void enqueue(String text, boolean data) {
        if (closed) {
            return;
        }
        queue.add(data ? "D" + text : "C" + text);
        queued.incrementAndGet();
        pump();
    }

    private void pump() {
        while (true) {
            Session session = getSession();
            if (closed || session == null || !sending.compareAndSet(false, true)) {
                return;
            }
            String next = queue.poll();
            if (next == null) {
                sending.set(false);
                if (queue.isEmpty()) {
                    return;
                }
                continue;
            }
            queued.decrementAndGet();
            boolean data = next.charAt(0) == 'D';
            AtomicInteger race = new AtomicInteger();
            session.sendText(next.substring(1), Callback.from(() -> {
                afterSend(data);
                if (race.getAndIncrement() == 1) {
                    sending.set(false);
                    pump();
                }
            }, failure -> {
                closed = true;
                sending.set(false);
            }));
            if (race.getAndIncrement() == 0) {
                return;
            }
            sending.set(false);
        }
    }

    private void afterSend(boolean data) {
        if (!data) {
            return;
        }
        dataSent++;
        int drop = context.faults().dropSocketAfter();
        if (drop != seenDrop) {
            seenDrop = drop;
            dropFrom = dataSent - 1;
        }
        if (drop > 0 && dataSent - dropFrom >= drop) {
            LOG.debug("dropping stream socket after {} messages (fault)", dataSent - dropFrom);
            closed = true;
            // A close frame rather than disconnect(): a TCP reset could discard messages the client has
            // not read yet, and the fault promises exactly N messages before the drop.
            Session session = getSession();
            if (session != null) {
                session.close(StatusCode.SERVICE_RESTART, "simulated drop", Callback.NOOP);
            }
        }
    }

    /** Returns the token the connection was opened with. */
    public Tokens.Issued token() {
        return token;
    }
}
