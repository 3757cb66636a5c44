package io.github.cxonesdk.eventbridge.engine;

import java.util.Objects;

/**
 * One filter an event matched, and the group the event is routed to.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param filterId the id the filter was compiled under
 * @param targetGroupId the filter's {@code target_group_id}; {@code null} when it has none
 */
public record FilterMatch(String filterId, String targetGroupId) {
    /**
     * Checks the id.
     *
     * @param filterId the id the filter was compiled under
     * @param targetGroupId the filter's {@code target_group_id}; {@code null} when it has none
     * @throws NullPointerException if {@code filterId} is {@code null}
     */
    public FilterMatch {
        Objects.requireNonNull(filterId, "filterId == null");
    }
}
