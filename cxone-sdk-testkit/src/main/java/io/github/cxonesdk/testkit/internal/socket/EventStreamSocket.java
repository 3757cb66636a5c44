package io.github.cxonesdk.testkit.internal.socket;

import io.github.cxonesdk.testkit.internal.FaultInjector;
import io.github.cxonesdk.testkit.internal.Json;
import io.github.cxonesdk.testkit.internal.Tokens;
import io.github.cxonesdk.testkit.internal.stream.EventHub;

import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One event stream connection ({@code /api/v2/events}). Public because Jetty requires it. */
@SuppressWarnings("exports") // exported for Jetty only (see package-info), not API
public final class EventStreamSocket extends StreamSocket {
    private final EventHub hub;
    private volatile Set<String> types;

    public EventStreamSocket(EventHub hub, Tokens.Issued token) {
        super(hub, token);
        this.hub = hub;
    }

    @Override
    protected void onMessage(ObjectNode message) {
        JsonNode subscription = message.get("subscription");
        if (subscription == null || !subscription.isArray() || subscription.isEmpty()) {
            sendControl(error("expected {\"subscription\": [event types], \"resumeAfter\": optional sequence}"));
            return;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (JsonNode type : subscription) {
            if (!type.isString() || type.stringValue().isBlank()) {
                sendControl(error("subscription: event types must be non-blank strings"));
                return;
            }
            wanted.add(type.stringValue());
        }
        JsonNode resume = message.get("resumeAfter");
        if (resume != null && !resume.isNull() && !resume.isIntegralNumber()) {
            sendControl(error("resumeAfter: must be an integer sequence"));
            return;
        }
        boolean first = types == null;
        types = Set.copyOf(wanted);
        ObjectNode confirmation = Json.object();
        confirmation.put("type", "subscribed");
        ArrayNode echo = confirmation.putArray("subscription");
        wanted.forEach(echo::add);
        if (first) {
            hub.subscribe(this, confirmation, resume == null || resume.isNull() ? null : resume.longValue());
        } else {
            sendControl(confirmation);
        }
    }

    /** Tells whether this socket subscribed to an event type. */
    public boolean wants(String type) {
        Set<String> current = types;
        return current != null && (current.contains(type) || current.contains("*"));
    }
}
