package io.github.cxonesdk.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.internal.BindingErrors;
import io.github.cxonesdk.schema.mapping.MigrationChain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event payload with the version of the schema it follows, as sent to
 * {@code POST /api/v2/events} and as published to downstream subscribers:
 * <pre>{"schema_version": "2", "event_type": "DataActionCompleted", "timestamp": "2026-11-29T10:00:00Z", "payload": {...}}</pre>
 * Subscribers filter on {@link #schemaVersion()}; {@link #migrateTo(String, MigrationChain)}
 * brings an old event to the version a subscriber reads.
 *
 * <p>Instances are immutable and thread-safe as long as nobody modifies {@code payload}.
 *
 * @param schemaVersion the schema version of {@code payload} (1 to 64 characters)
 * @param eventType the event type (1 to 256 characters)
 * @param timestamp when the event happened
 * @param payload the event body; a JSON object (do not modify it after creating the event)
 */
public record VersionedEvent(
        @JsonProperty("schema_version") String schemaVersion,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("timestamp") Instant timestamp,
        @JsonProperty("payload") JsonNode payload) {
    private static final int MAX_VERSION = 64;
    private static final int MAX_TYPE = 256;

    /**
     * Creates an event.
     *
     * @param schemaVersion the version
     * @param eventType the type
     * @param timestamp the time
     * @param payload the body, a JSON object
     * @throws IllegalArgumentException if a field is blank, too long, or the payload is not an object
     */
    public VersionedEvent {
        Checks.notBlank(schemaVersion, "schemaVersion");
        Checks.notBlank(eventType, "eventType");
        Objects.requireNonNull(timestamp, "timestamp == null");
        Objects.requireNonNull(payload, "payload == null");
        if (schemaVersion.length() > MAX_VERSION || eventType.length() > MAX_TYPE) {
            throw new IllegalArgumentException("schemaVersion or eventType too long");
        }
        if (!payload.isObject()) {
            throw new IllegalArgumentException("payload must be a JSON object");
        }
    }

    /**
     * Reads an event from its JSON form, the one {@link #toJson()} writes.
     *
     * @param json the JSON object
     * @return the event
     * @throws ModelValidationException listing every missing or malformed field
     */
    public static VersionedEvent fromJson(JsonNode json) {
        Objects.requireNonNull(json, "json == null");
        List<Violation> problems = new ArrayList<>();
        for (String field : List.of("schema_version", "event_type", "timestamp", "payload")) {
            if (!json.has(field) || json.get(field).isNull()) {
                problems.add(new Violation("/" + field, "is required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelValidationException("VersionedEvent", problems);
        }
        try {
            return CxoneJson.mapper().treeToValue(json, VersionedEvent.class);
        } catch (JacksonException e) {
            throw BindingErrors.of("VersionedEvent", e);
        }
    }

    /**
     * Returns the JSON form (snake_case field names, ISO-8601 timestamp).
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        return CxoneJson.mapper().valueToTree(this);
    }

    /**
     * Returns this event brought to another schema version.
     *
     * @param version the wanted version
     * @param chain the migrations
     * @return a new event (this one when already at {@code version})
     * @throws ModelValidationException when the chain has no path or a step fails
     */
    public VersionedEvent migrateTo(String version, MigrationChain chain) {
        Objects.requireNonNull(chain, "chain == null");
        if (schemaVersion.equals(version)) {
            return this;
        }
        return new VersionedEvent(version, eventType, timestamp, chain.migrate(payload, schemaVersion, version));
    }
}
