package io.github.cxonesdk.testkit.internal.socket;

import io.github.cxonesdk.testkit.internal.FaultInjector;
import io.github.cxonesdk.testkit.internal.Json;
import io.github.cxonesdk.testkit.internal.Tokens;
import io.github.cxonesdk.testkit.internal.stream.PresenceHub;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One presence stream connection ({@code /v1/streaming/presence}). Public because Jetty requires it. */
@SuppressWarnings("exports") // exported for Jetty only (see package-info), not API
public final class PresenceStreamSocket extends StreamSocket {
    private final PresenceHub hub;
    private volatile Set<String> users;

    public PresenceStreamSocket(PresenceHub hub, Tokens.Issued token) {
        super(hub, token);
        this.hub = hub;
    }

    @Override
    protected void onMessage(ObjectNode message) {
        if (!"subscribe".equals(Json.string(message, "type"))) {
            sendControl(error("expected {\"type\": \"subscribe\", \"payload\": {\"presence\": {\"userIds\": [...]}}}"));
            return;
        }
        JsonNode ids = message.path("payload").path("presence").path("userIds");
        List<String> wanted = new ArrayList<>();
        if (ids.isMissingNode() || ids.isNull()) {
            wanted.addAll(hub.users());
        } else if (ids.isArray()) {
            for (JsonNode id : ids) {
                if (!id.isString()) {
                    sendControl(error("payload.presence.userIds: must be strings"));
                    return;
                }
                wanted.add(id.stringValue());
            }
        } else {
            sendControl(error("payload.presence.userIds: must be an array or null"));
            return;
        }
        if (users != null) {
            sendControl(error("already subscribed"));
            return;
        }
        users = Set.copyOf(wanted);
        ObjectNode confirmation = Json.object();
        confirmation.put("type", "subscribed");
        ArrayNode echo = confirmation.putObject("payload").putObject("presence").putArray("userIds");
        wanted.forEach(echo::add);
        hub.subscribe(this, confirmation, wanted);
    }

    /** Tells whether this socket subscribed to a user. */
    public boolean wants(String user) {
        Set<String> current = users;
        return current != null && current.contains(user);
    }
}
