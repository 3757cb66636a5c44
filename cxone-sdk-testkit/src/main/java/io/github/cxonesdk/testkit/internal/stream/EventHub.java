package io.github.cxonesdk.testkit.internal.stream;

import io.github.cxonesdk.testkit.internal.FaultInjector;
import io.github.cxonesdk.testkit.internal.Json;
import io.github.cxonesdk.testkit.internal.Tokens;
import io.github.cxonesdk.testkit.internal.socket.EventStreamSocket;
import io.github.cxonesdk.testkit.internal.socket.StreamSocket;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event stream: assigns the global, monotonically increasing {@code sequence}, keeps a bounded
 * history for resume, and fans events out to subscribed sockets without gaps or duplicates between
 * replay and live delivery. Thread-safe.
 */
@SuppressWarnings("exports") // exported for Jetty only (see package-info), not API
public final class EventHub extends StreamContext {
    private record Message(long sequence, String type, String text) {
    }

    private final Deque<Message> history = new ArrayDeque<>();
    private final int historySize;
    private final Set<EventStreamSocket> live = ConcurrentHashMap.newKeySet();
    private final Consumer<JsonNode> observer;
    private long nextSequence = 1;

    public EventHub(Clock clock, Duration heartbeatInterval, ScheduledExecutorService scheduler, FaultInjector faults,
                    int historySize, Consumer<JsonNode> observer) {
        super(clock, heartbeatInterval, scheduler, faults);
        this.historySize = historySize;
        this.observer = observer;
    }

    /**
     * Publishes an event: sets its {@code sequence}, records it and sends it to subscribers.
     *
     * @return the event as sent, with its sequence
     */
    public String publish(ObjectNode event) {
        awaitCapacity(live);
        String text;
        synchronized (this) {
            event.put("sequence", nextSequence);
            text = Json.write(event);
            Message message = new Message(nextSequence++, Json.string(event, "type"), text);
            if (history.size() == historySize) {
                history.removeFirst();
            }
            history.addLast(message);
            for (EventStreamSocket socket : live) {
                if (socket.wants(message.type())) {
                    socket.sendData(text);
                }
            }
        }
        observer.accept(event);
        return text;
    }

    /** Subscribes a socket: confirms, replays history after {@code resumeAfter}, then goes live. */
    public synchronized void subscribe(EventStreamSocket socket, ObjectNode confirmation, Long resumeAfter) {
        socket.sendControl(confirmation);
        if (resumeAfter != null) {
            for (Message message : history) {
                if (message.sequence() > resumeAfter && socket.wants(message.type())) {
                    socket.sendData(message.text());
                }
            }
        }
        live.add(socket);
    }

    /** Creates the endpoint for one upgraded connection. */
    public EventStreamSocket newSocket(Tokens.Issued token) {
        return new EventStreamSocket(this, token);
    }

    @Override
    protected void onClosed(StreamSocket socket) {
        live.remove(socket);
    }
}
