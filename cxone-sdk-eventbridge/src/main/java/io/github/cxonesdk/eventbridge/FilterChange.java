package io.github.cxonesdk.eventbridge;

import java.util.Objects;

/**
 * One action of a {@link FilterPlan}: create, update or delete one filter, with a unified diff of
 * what changes.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param action what to do
 * @param name the filter's name, its identity in the plan
 * @param filterId the live filter's id; {@code null} for {@link Action#CREATE}
 * @param etag the live filter's ETag when planned, sent as {@code If-Match} on update; {@code null} for create
 * @param desired the definition to create or update to; {@code null} for {@link Action#DELETE}
 * @param diff a unified diff from the live YAML to the desired YAML ({@code /dev/null} on the missing side)
 */
public record FilterChange(Action action, String name, String filterId, String etag,
                           FilterDefinition desired, String diff) {
    /**
     * Checks that the components fit the action.
     *
     * @param action what to do
     * @param name the filter's name, its identity in the plan
     * @param filterId the live filter's id; {@code null} for {@link Action#CREATE}
     * @param etag the live filter's ETag when planned, sent as {@code If-Match} on update; {@code null} for create
     * @param desired the definition to create or update to; {@code null} for {@link Action#DELETE}
     * @param diff a unified diff from the live YAML to the desired YAML ({@code /dev/null} on the missing side)
     * @throws NullPointerException if a component the action needs is {@code null}
     */
    public FilterChange {
        Objects.requireNonNull(action, "action == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(diff, "diff == null");
        if (action != Action.CREATE) {
            Objects.requireNonNull(filterId, "filterId == null");
        }
        if (action == Action.UPDATE) {
            Objects.requireNonNull(etag, "etag == null");
        }
        if (action != Action.DELETE) {
            Objects.requireNonNull(desired, "desired == null");
        }
    }

    /** What a {@link FilterChange} does. */
    public enum Action {
        /** Create a filter that exists only in the desired state. */
        CREATE,
        /** Update a live filter whose definition differs from the desired one. */
        UPDATE,
        /** Delete a live filter that the desired state no longer has. */
        DELETE
    }
}
