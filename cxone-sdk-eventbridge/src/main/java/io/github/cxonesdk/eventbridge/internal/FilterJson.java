package io.github.cxonesdk.eventbridge.internal;

import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.paging.Page;
import io.github.cxonesdk.eventbridge.AuditEntry;
import io.github.cxonesdk.eventbridge.Filter;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.FilterMetricPoint;
import io.github.cxonesdk.eventbridge.FilterMetrics;
import io.github.cxonesdk.eventbridge.FilterState;
import io.github.cxonesdk.eventbridge.FilterStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps the snake_case JSON of the event-processing endpoints to the SDK's records. Reading is
 * lenient where API.md allows it (unknown fields ignored, unknown statuses become
 * {@link FilterStatus#UNKNOWN}) and strict where a missing field would make the value useless.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class FilterJson {
    /** Fields the service owns; everything else in a filter body is the definition. */
    public static final Set<String> SERVER_FIELDS = Set.of(
            "id", "etag", "status", "reason", "created_at", "updated_at", "created_by", "updated_by", "version");

    private final JsonMapper mapper;

    /**
     * Creates a mapper over the given Jackson mapper.
     *
     * @param mapper the JSON mapper, normally {@code CxoneHttp.json()}
     */
    public FilterJson(JsonMapper mapper) {
        this.mapper = java.util.Objects.requireNonNull(mapper, "mapper == null");
    }

    /**
     * Reads a filter body.
     *
     * @param body the JSON object the service sent
     * @param headerEtag the {@code ETag} response header, preferred over the body's {@code etag}; may be {@code null}
     * @param knownId the id the caller asked for, used when the body does not repeat it; may be {@code null}
     * @return the filter
     * @throws CxoneClientException if the body has no id or no valid definition
     */
    public Filter filter(JsonNode body, String headerEtag, String knownId) {
        if (body == null || !body.isObject()) {
            throw new CxoneClientException("filter response has no JSON object body");
        }
        String id = text(body, "id") != null ? text(body, "id") : knownId;
        if (id == null) {
            throw new CxoneClientException("filter body has no 'id'");
        }
        ObjectNode definitionNode = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!SERVER_FIELDS.contains(field.getKey())) {
                definitionNode.set(field.getKey(), field.getValue());
            }
        }
        FilterDefinition definition = definition(definitionNode, id);
        String etag = headerEtag != null ? headerEtag : text(body, "etag");
        return new Filter(id, definition, FilterStatus.fromWire(text(body, "status")), etag,
                instant(body, "created_at"), instant(body, "updated_at"));
    }

    private FilterDefinition definition(JsonNode node, String id) {
        try {
            return mapper.treeToValue(node, FilterDefinition.class);
        } catch (RuntimeException e) {
            throw new CxoneClientException("cannot read the definition of filter " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a status body {@code {"status": …, "reason": …}}.
     *
     * @param filterId the filter asked about
     * @param body the JSON object the service sent
     * @return the state; an absent or unknown status becomes {@link FilterStatus#UNKNOWN}
     */
    public FilterState state(String filterId, JsonNode body) {
        return new FilterState(filterId, FilterStatus.fromWire(text(body, "status")), text(body, "reason"));
    }

    /**
     * Reads a page of group members {@code {"filter_ids": […], "next_cursor": …}}.
     *
     * @param body the JSON object the service sent
     * @return the page
     */
    public Page<String> memberPage(JsonNode body) {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : body.path("filter_ids")) {
            ids.add(id.asString());
        }
        return new Page<>(ids, text(body, "next_cursor"));
    }

    /**
     * Reads a page of audit entries {@code {"entries": […], "next_cursor": …}}.
     *
     * @param body the JSON object the service sent
     * @return the page
     */
    public Page<AuditEntry> auditPage(JsonNode body) {
        List<AuditEntry> entries = new ArrayList<>();
        for (JsonNode entry : body.path("entries")) {
            entries.add(new AuditEntry(String.valueOf(text(entry, "id")), instant(entry, "timestamp"),
                    text(entry, "actor"), String.valueOf(text(entry, "action")), text(entry, "filter_id"),
                    details(entry.get("details"))));
        }
        return new Page<>(entries, text(body, "next_cursor"));
    }

    /**
     * Reads a metrics body {@code {"filter_id", "interval", "series": [...]}}.
     *
     * @param filterId the filter asked about, used when the body does not repeat it
     * @param requestedInterval the interval asked for, used when the body does not repeat it
     * @param body the JSON object the service sent
     * @return the metrics
     */
    public FilterMetrics metrics(String filterId, Duration requestedInterval, JsonNode body) {
        String id = text(body, "filter_id");
        String interval = text(body, "interval");
        List<FilterMetricPoint> points = new ArrayList<>();
        for (JsonNode point : body.path("series")) {
            Instant start = instant(point, "start");
            if (start == null) {
                throw new CxoneClientException("filter metrics of " + filterId + ": a series point has no 'start'");
            }
            points.add(new FilterMetricPoint(start, point.path("hit_count").asLong(0),
                    point.path("throughput_rate").asDouble(0), point.path("match_ratio").asDouble(0)));
        }
        return new FilterMetrics(id == null ? filterId : id,
                interval == null ? requestedInterval : duration(interval, requestedInterval), points);
    }

    private static Duration duration(String text, Duration fallback) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
            return null;
        }
        return value.asString();
    }

    static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw new CxoneClientException("'" + field + "' is not an ISO-8601 instant: " + text, again);
            }
        }
    }

    private Map<String, Object> details(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Map.of();
        }
        if (!node.isObject()) {
            Map<String, Object> single = new LinkedHashMap<>();
            single.put("value", plain(node));
            return single;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) plain(node);
        return map;
    }

    /** Converts a tree into unmodifiable maps, lists and scalars, so the record stays immutable. */
    private Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), plain(e.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode element : node) {
                list.add(plain(element));
            }
            return Collections.unmodifiableList(list);
        }
        return mapper.convertValue(node, Object.class);
    }
}
