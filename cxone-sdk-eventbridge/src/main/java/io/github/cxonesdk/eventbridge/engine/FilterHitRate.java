package io.github.cxonesdk.eventbridge.engine;

import io.github.cxonesdk.core.internal.Checks;
import java.util.Objects;

/**
 * How often one filter matched a replayed sample of events.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param filterId the id the filter was compiled under
 * @param targetGroupId the filter's target group; {@code null} when it has none
 * @param hits how many events of the sample matched
 * @param ratio {@code hits} divided by the number of well-formed events replayed; 0 when there were none
 */
public record FilterHitRate(String filterId, String targetGroupId, long hits, double ratio) {
    /**
     * Checks the components.
     *
     * @param filterId the id the filter was compiled under
     * @param targetGroupId the filter's target group; {@code null} when it has none
     * @param hits how many events of the sample matched
     * @param ratio {@code hits} divided by the number of well-formed events replayed; 0 when there were none
     * @throws NullPointerException if {@code filterId} is {@code null}
     * @throws IllegalArgumentException if {@code hits} is negative or {@code ratio} is outside 0..1
     */
    public FilterHitRate {
        Objects.requireNonNull(filterId, "filterId == null");
        Checks.atLeast(hits, 0L, "hits");
        if (!(ratio >= 0 && ratio <= 1)) {
            throw new IllegalArgumentException("ratio must be within 0..1: " + ratio);
        }
    }
}
