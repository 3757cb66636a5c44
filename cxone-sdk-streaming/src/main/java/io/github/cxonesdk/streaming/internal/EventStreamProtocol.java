package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.StreamEvent;
import io.github.cxonesdk.streaming.spi.StreamProtocol;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The event stream of API.md ({@code /api/v2/events}). Immutable and thread-safe. */
public final class EventStreamProtocol implements StreamProtocol {
    private final List<String> types;

    /**
     * Creates the protocol.
     *
     * @param types the event types to subscribe to, at least one
     */
    public EventStreamProtocol(List<String> types) {
        this.types = List.copyOf(types);
        if (this.types.isEmpty()) {
            throw new IllegalArgumentException("subscribe to at least one event type");
        }
        for (String type : this.types) {
            if (type.isBlank()) {
                throw new IllegalArgumentException("event types must not be blank");
            }
        }
    }

    @Override
    public String subscribeMessage(OptionalLong resumeAfter) {
        ObjectNode message = CxoneJson.mapper().createObjectNode();
        ArrayNode subscription = message.putArray("subscription");
        types.forEach(subscription::add);
        resumeAfter.ifPresent(sequence -> message.put("resumeAfter", sequence));
        return message.toString();
    }

    @Override
    public String heartbeatAck() {
        return "{\"type\":\"heartbeat.ack\"}";
    }

    @Override
    public boolean resumable() {
        return true;
    }

    @Override
    public ProtocolMessage decode(String text) {
        MessageFields f = MessageFields.read(text);
        if (f.problem() != null) {
            return ProtocolMessage.malformed(f.problem());
        }
        if (f.eventId() != null) {
            if (!f.hasSequence()) {
                return ProtocolMessage.malformed("event without an integer sequence");
            }
            if (f.eventId().isEmpty() || f.eventId().length() > MessageFields.MAX_ID_LENGTH) {
                return ProtocolMessage.malformed("eventId empty or too long");
            }
            String type = f.type() == null ? "" : f.type();
            return ProtocolMessage.event(new StreamEvent(f.eventId(), f.sequence(), type, "", text));
        }
        return Protocols.control(f);
    }

    @Override
    public String toString() {
        return "EventStreamProtocol" + types;
    }
}
