package io.github.cxonesdk.eventbridge.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.cxonesdk.core.CxoneResponse;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.internal.ModelBinding;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.eventbridge.AuditEntry;
import io.github.cxonesdk.eventbridge.Filter;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.FilterMetricPoint;
import io.github.cxonesdk.eventbridge.FilterStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The response bodies of the event-processing endpoints (API.md), as records bound by Jackson. The
 * SDK's public records are built from these where a body does not map one to one (a filter body is
 * the definition plus the service's fields; a status body lacks the filter id).
 *
 * <p>Not part of the API. The records are immutable and thread-safe.
 */
public final class Wire {
    private Wire() {
    }

    /**
     * Binds a filter response: the service's fields and, from the same body, the definition. The
     * {@code ETag} header wins over the body's {@code etag}; the id asked for stands in when the body
     * omits it.
     *
     * @param response the response of a create, get or update
     * @param knownId the id asked for, or {@code null} for a create
     * @param operation the operation, for messages
     * @return the filter and its ETag
     * @throws CxoneClientException if the body does not bind, or lacks an id or an ETag
     */
    public static Versioned<Filter> filter(CxoneResponse<JsonNode> response, String knownId, String operation) {
        JsonNode body = response.body();
        if (body == null || !body.isObject()) {
            throw new CxoneClientException(operation + ": the response has no JSON object body");
        }
        FilterFields fields = ModelBinding.response(body, FilterFields.class, operation);
        FilterDefinition definition = ModelBinding.response(body, FilterDefinition.class, operation);
        String id = fields.id() != null ? fields.id() : knownId;
        if (id == null) {
            throw new CxoneClientException(operation + ": the filter body has no 'id'");
        }
        String etag = response.etag().orElse(fields.etag());
        if (etag == null) {
            throw new CxoneClientException(operation + ": filter " + Redaction.text(id) + ": the response carried no ETag");
        }
        Filter filter = new Filter(id, definition, fields.status(), etag, fields.createdAt(), fields.updatedAt());
        return new Versioned<>(filter, etag);
    }

    /**
     * The service's own fields of a filter body; the rest of the body is the definition.
     *
     * @param id the filter's id
     * @param etag the version in the body, used when the response has no {@code ETag} header
     * @param status the lifecycle status; {@link FilterStatus#UNKNOWN} when absent
     * @param createdAt when the filter was created, or {@code null}
     * @param updatedAt when the filter was last changed, or {@code null}
     */
    public record FilterFields(String id, String etag, FilterStatus status,
                               @JsonProperty("created_at") Instant createdAt,
                               @JsonProperty("updated_at") Instant updatedAt) {
        /** Reads an absent status as {@link FilterStatus#UNKNOWN}. */
        public FilterFields {
            status = status == null ? FilterStatus.UNKNOWN : status;
        }
    }

    /**
     * {@code GET .../filters/{id}/status}.
     *
     * @param status the status; {@link FilterStatus#UNKNOWN} when absent or unknown
     * @param reason why activation failed, or {@code null}
     */
    public record StatusBody(FilterStatus status, String reason) {
        /** Reads an absent status as {@link FilterStatus#UNKNOWN}. */
        public StatusBody {
            status = status == null ? FilterStatus.UNKNOWN : status;
        }
    }

    /**
     * {@code GET .../filter-groups/{gid}/filters}: one page of member ids.
     *
     * @param filterIds the ids; a {@code null} element does not bind
     * @param nextCursor the next page's cursor, or {@code null} on the last page
     */
    public record MemberPage(@JsonProperty("filter_ids") @JsonSetter(contentNulls = Nulls.FAIL) List<String> filterIds,
                             @JsonProperty("next_cursor") String nextCursor) {
        /** Copies the ids; an absent list is empty. */
        public MemberPage {
            filterIds = filterIds == null ? List.of() : List.copyOf(filterIds);
        }
    }

    /**
     * {@code GET .../audit-logs}: one page of entries.
     *
     * @param entries the entries; a {@code null} element does not bind
     * @param nextCursor the next page's cursor, or {@code null} on the last page
     */
    public record AuditPage(@JsonSetter(contentNulls = Nulls.FAIL) List<AuditEntry> entries,
                            @JsonProperty("next_cursor") String nextCursor) {
        /** Copies the entries; an absent list is empty. */
        public AuditPage {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }

    /**
     * {@code GET .../filter-metrics}.
     *
     * @param filterId the filter, or {@code null} when the body does not repeat it
     * @param interval the interval, or {@code null} when the body does not repeat it
     * @param series the points; a {@code null} element does not bind
     */
    public record MetricsBody(@JsonProperty("filter_id") String filterId, Duration interval,
                              @JsonSetter(contentNulls = Nulls.FAIL) List<FilterMetricPoint> series) {
        /** Copies the series; an absent list is empty. */
        public MetricsBody {
            series = series == null ? List.of() : List.copyOf(series);
        }
    }

    /**
     * {@code POST .../filters/validate}: 200 {@code {"valid": true}}.
     *
     * @param valid whether the service found the filter valid, or {@code null} when the body does not say
     * @param message the service's reason, or {@code null}
     */
    public record ValidationBody(Boolean valid, String message) {
    }
}
