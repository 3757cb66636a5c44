package io.github.cxonesdk.dashboards.webhook;

/**
 * Which events a subscription receives, serialised as {@code {"eventType": "dashboard.updated", "entityId": "*"}}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param eventType the event type, such as {@link #DASHBOARD_UPDATED}
 * @param entityId the entity id, or {@code "*"} for every entity
 */
public record EventFilter(String eventType, String entityId) {
    /** A dashboard was created. */
    public static final String DASHBOARD_CREATED = "dashboard.created";
    /** A dashboard was updated. */
    public static final String DASHBOARD_UPDATED = "dashboard.updated";
    /** Every entity. */
    public static final String ANY_ENTITY = "*";

    /**
     * Returns a filter for one event type on every entity.
     *
     * @param eventType the event type
     * @return the filter
     */
    public static EventFilter anyEntity(String eventType) {
        return new EventFilter(eventType, ANY_ENTITY);
    }
}
