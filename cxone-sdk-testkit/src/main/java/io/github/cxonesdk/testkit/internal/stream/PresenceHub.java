package io.github.cxonesdk.testkit.internal.stream;

import io.github.cxonesdk.testkit.internal.FaultInjector;
import io.github.cxonesdk.testkit.internal.Json;
import io.github.cxonesdk.testkit.internal.Tokens;
import io.github.cxonesdk.testkit.internal.socket.PresenceStreamSocket;
import io.github.cxonesdk.testkit.internal.socket.StreamSocket;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import tools.jackson.databind.node.ObjectNode;

/**
 * The presence stream: per-user increasing {@code sequence}, the latest state per user (sent to new
 * subscribers first), and fan-out of deltas to the sockets subscribed to that user. Thread-safe.
 */
@SuppressWarnings("exports") // exported for Jetty only (see package-info), not API
public final class PresenceHub extends StreamContext {
    private final Map<String, Long> sequences = new LinkedHashMap<>();
    private final Map<String, String> latest = new LinkedHashMap<>();
    private final Set<PresenceStreamSocket> live = ConcurrentHashMap.newKeySet();
    private final List<String> users;

    public PresenceHub(Clock clock, Duration heartbeatInterval, ScheduledExecutorService scheduler, FaultInjector faults,
                       List<String> users) {
        super(clock, heartbeatInterval, scheduler, faults);
        this.users = List.copyOf(users);
    }

    /** Creates the endpoint for one upgraded connection. */
    public PresenceStreamSocket newSocket(Tokens.Issued token) {
        return new PresenceStreamSocket(this, token);
    }

    public List<String> users() {
        return users;
    }

    /** Publishes one update for {@code payload.userId}; sets its sequence and returns it as sent. */
    public String publish(ObjectNode update) {
        awaitCapacity(live);
        synchronized (this) {
            String user = Json.string(update.path("payload"), "userId");
            long sequence = sequences.merge(user, 1L, Long::sum);
            update.put("sequence", sequence);
            String text = Json.write(update);
            latest.put(user, text);
            for (PresenceStreamSocket socket : live) {
                if (socket.wants(user)) {
                    socket.sendData(text);
                }
            }
            return text;
        }
    }

    public synchronized void subscribe(PresenceStreamSocket socket, ObjectNode confirmation, List<String> userIds) {
        socket.sendControl(confirmation);
        List<String> snapshot = new ArrayList<>();
        for (String user : userIds) {
            String state = latest.get(user);
            if (state != null) {
                snapshot.add(state);
            }
        }
        snapshot.forEach(socket::sendData);
        live.add(socket);
    }

    @Override
    protected void onClosed(StreamSocket socket) {
        live.remove(socket);
    }
}
