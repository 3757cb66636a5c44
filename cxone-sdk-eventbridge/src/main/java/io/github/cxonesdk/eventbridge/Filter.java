package io.github.cxonesdk.eventbridge;

import java.time.Instant;
import java.util.Objects;

/**
 * A filter as the service holds it: the {@link FilterDefinition} you wrote plus the fields the
 * service owns (id, lifecycle status, ETag and timestamps).
 *
 * <p>The server-owned fields are volatile: they change without the definition changing, so
 * {@link FilterYaml} drops them when it exports.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the id the service assigned
 * @param definition what the filter matches and where it routes
 * @param status the lifecycle status as the filter body reported it ({@link FilterStatus#UNKNOWN} when absent)
 * @param etag the quoted ETag of this version, or {@code null} when the response had none
 * @param createdAt when the filter was created, or {@code null} when the service did not say
 * @param updatedAt when the filter last changed, or {@code null} when the service did not say
 */
public record Filter(String id, FilterDefinition definition, FilterStatus status, String etag,
                     Instant createdAt, Instant updatedAt) {
    /**
     * Checks the components.
     *
     * @param id the id the service assigned
     * @param definition what the filter matches and where it routes
     * @param status the lifecycle status as the filter body reported it ({@link FilterStatus#UNKNOWN} when absent)
     * @param etag the quoted ETag of this version, or {@code null} when the response had none
     * @param createdAt when the filter was created, or {@code null} when the service did not say
     * @param updatedAt when the filter last changed, or {@code null} when the service did not say
     * @throws NullPointerException if {@code id}, {@code definition} or {@code status} is {@code null}
     */
    public Filter {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(definition, "definition == null");
        Objects.requireNonNull(status, "status == null");
    }

    /**
     * Returns the filter's name, the identity that {@link FilterInfrastructure#plan} matches on.
     *
     * @return the name from the definition
     */
    public String name() {
        return definition.name();
    }

    /**
     * Returns a copy with another definition and the same server fields.
     *
     * @param newDefinition the definition
     * @return a copy
     * @throws NullPointerException if {@code newDefinition} is {@code null}
     */
    public Filter withDefinition(FilterDefinition newDefinition) {
        return new Filter(id, newDefinition, status, etag, createdAt, updatedAt);
    }
}
