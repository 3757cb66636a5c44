package io.github.cxonesdk.dashboards.webhook;

import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.dashboards.Dashboard;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One webhook delivery as the service POSTs it:
 * {@code {"eventId", "eventType", "entityId", "timestamp", "payload"}}. Obtain it from
 * {@link WebhookReceiver#receive(byte[], String)}, which verifies the signature first.
 *
 * <p>Instances are immutable and thread-safe: the payload is copied in and out.
 *
 * @param eventId the event id; deliveries may repeat, so de-duplicate by it
 * @param eventType the event type, such as {@code dashboard.updated}
 * @param entityId the id of the entity the event is about
 * @param timestamp when the event happened
 * @param payload the event body (for dashboard events, the dashboard), or {@code null}
 */
public record WebhookEvent(String eventId, String eventType, String entityId, Instant timestamp, JsonNode payload) {

    /**
     * Copies the payload so the record stays immutable.
     *
     * @param eventId the event id; deliveries may repeat, so de-duplicate by it
     * @param eventType the event type, such as {@code dashboard.updated}
     * @param entityId the id of the entity the event is about
     * @param timestamp when the event happened
     * @param payload the event body (for dashboard events, the dashboard), or {@code null}
     */
    public WebhookEvent {
        payload = payload == null ? null : payload.deepCopy();
    }

    /**
     * Returns a copy of the payload.
     *
     * @return the payload, or {@code null}
     */
    @Override
    public JsonNode payload() {
        return payload == null ? null : payload.deepCopy();
    }

    /**
     * Reads the payload as a model, such as {@link Dashboard}.
     *
     * @param <T> the model type
     * @param type the model class
     * @return the model, or empty when there is no payload
     * @throws CxoneClientException if the payload does not map to {@code type}
     */
    public <T> Optional<T> payloadAs(Class<T> type) {
        if (payload == null || payload.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CxoneJson.mapper().treeToValue(payload, type));
        } catch (JacksonException e) {
            throw new CxoneClientException("webhook event " + eventId + " payload is not a " + type.getSimpleName(), e);
        }
    }
}
