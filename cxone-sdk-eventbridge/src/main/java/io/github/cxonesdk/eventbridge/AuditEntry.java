package io.github.cxonesdk.eventbridge;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cxonesdk.core.internal.ModelBinding;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the service's audit log for event-processing filters: who did what to which filter.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the entry's id
 * @param timestamp when the action happened, or {@code null} when the service did not say
 * @param actor who acted (a client id or user), or {@code null}
 * @param action what was done, such as {@code "filter.created"}
 * @param filterId the filter acted on, or {@code null}
 * @param details further details the service recorded; never {@code null}, values are JSON-like
 *                (strings, numbers, booleans, lists and maps)
 */
public record AuditEntry(String id, Instant timestamp, String actor, String action,
                         @JsonProperty("filter_id") String filterId,
                         Map<String, Object> details) {
    /**
     * Checks the components and deep-copies the details into unmodifiable maps and lists; {@code null}
     * details are empty.
     *
     * @param id the entry's id
     * @param timestamp when the action happened, or {@code null} when the service did not say
     * @param actor who acted (a client id or user), or {@code null}
     * @param action what was done, such as {@code "filter.created"}
     * @param filterId the filter acted on, or {@code null}
     * @param details further details the service recorded; never {@code null}, values are JSON-like
     *     (strings, numbers, booleans, lists and maps)
     * @throws NullPointerException if {@code id} or {@code action} is {@code null}
     */
    public AuditEntry {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(action, "action == null");
        @SuppressWarnings("unchecked")
        Map<String, Object> frozen = details == null ? Map.of() : (Map<String, Object>) ModelBinding.freeze(details);
        details = frozen;
    }
}
