package io.github.cxonesdk.schema;

import io.github.cxonesdk.core.exception.Violation;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link VersionedEventPublisher#publish(VersionedEvent)} did with one event: the broadcaster
 * message id per schema version it was published at, the subscriber versions it could not reach
 * (no migration path, for example a v3 event for v1 subscribers), or, when it was rejected, every
 * violation. A rejected event is published at no version.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param eventType the event's type
 * @param schemaVersion the version the event was published with
 * @param messageIds broadcaster message id (the SSE event id) per schema version; empty when rejected
 * @param unreachableVersions subscriber versions the event has no migration path to
 * @param violations why the event was rejected: validation errors (JSON Pointers under
 *     {@code /payload}), a failed migration step (the path its {@link io.github.cxonesdk.schema.mapping.MappingEngine}
 *     reports, e.g. the rule's source path), an oversized event; empty when published
 */
public record Publication(
        String eventType,
        String schemaVersion,
        Map<String, Long> messageIds,
        List<String> unreachableVersions,
        List<Violation> violations) {
    /**
     * Creates a publication; copies the collections.
     *
     * @param eventType the event's type
     * @param schemaVersion the version the event was published with
     * @param messageIds broadcaster message id per schema version
     * @param unreachableVersions subscriber versions without a migration path
     * @param violations why the event was rejected
     * @throws NullPointerException if a component is null
     */
    public Publication {
        Objects.requireNonNull(eventType, "eventType == null");
        Objects.requireNonNull(schemaVersion, "schemaVersion == null");
        messageIds = Map.copyOf(Objects.requireNonNull(messageIds, "messageIds == null"));
        unreachableVersions = List.copyOf(Objects.requireNonNull(unreachableVersions, "unreachableVersions == null"));
        violations = List.copyOf(Objects.requireNonNull(violations, "violations == null"));
    }

    /**
     * Tells whether the event was published (at one version at least).
     *
     * @return {@code true} when there were no violations
     */
    public boolean published() {
        return violations.isEmpty();
    }
}
