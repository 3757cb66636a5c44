package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.StreamEvent;
import io.github.cxonesdk.streaming.spi.StreamProtocol;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The presence stream of API.md ({@code /v1/streaming/presence}). Immutable and thread-safe. */
public final class PresenceStreamProtocol implements StreamProtocol {
    /** The update type. */
    public static final String UPDATE = "presence.update";
    private final List<String> userIds;

    /**
     * Creates the protocol.
     *
     * @param userIds the users to follow, or null for every user the token may see
     */
    public PresenceStreamProtocol(List<String> userIds) {
        this.userIds = userIds == null ? null : List.copyOf(userIds);
    }

    @Override
    public String subscribeMessage(OptionalLong resumeAfter) {
        ObjectNode message = CxoneJson.mapper().createObjectNode();
        message.put("type", "subscribe");
        ObjectNode presence = message.putObject("payload").putObject("presence");
        if (userIds == null) {
            presence.putNull("userIds");
        } else {
            ArrayNode ids = presence.putArray("userIds");
            userIds.forEach(ids::add);
        }
        return message.toString();
    }

    @Override
    public String heartbeatAck() {
        return "{\"type\":\"heartbeat.ack\"}";
    }

    @Override
    public boolean resumable() {
        return false;
    }

    @Override
    public ProtocolMessage decode(String text) {
        MessageFields f = MessageFields.read(text);
        if (f.problem() != null) {
            return ProtocolMessage.malformed(f.problem());
        }
        if (UPDATE.equals(f.type())) {
            String user = f.userId();
            if (user == null || user.isEmpty() || user.length() > MessageFields.MAX_ID_LENGTH) {
                return ProtocolMessage.malformed("payload.userId missing, empty or too long");
            }
            if (!f.hasSequence()) {
                return ProtocolMessage.malformed("update without an integer sequence");
            }
            return ProtocolMessage.event(new StreamEvent(user + "#" + f.sequence(), f.sequence(), UPDATE, user, text));
        }
        return Protocols.control(f);
    }

    @Override
    public String toString() {
        return "PresenceStreamProtocol[" + (userIds == null ? "all users" : userIds.size() + " users") + "]";
    }
}
