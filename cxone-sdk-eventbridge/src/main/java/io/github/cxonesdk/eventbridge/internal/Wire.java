package io.github.cxonesdk.eventbridge.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.cxonesdk.eventbridge.AuditEntry;
import io.github.cxonesdk.eventbridge.FilterMetricPoint;
import io.github.cxonesdk.eventbridge.FilterStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
