package io.github.cxonesdk.eventbridge;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cxonesdk.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * One interval of a filter's hit-rate series.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param start the start of the interval
 * @param hitCount how many events matched the filter in the interval, not negative
 * @param throughputRate matched events per second over the interval, not negative
 * @param matchRatio matched events divided by evaluated events, between 0 and 1
 */
public record FilterMetricPoint(Instant start, @JsonProperty("hit_count") long hitCount,
                                @JsonProperty("throughput_rate") double throughputRate,
                                @JsonProperty("match_ratio") double matchRatio) {
    /**
     * Checks the components.
     *
     * @param start the start of the interval
     * @param hitCount how many events matched the filter in the interval, not negative
     * @param throughputRate matched events per second over the interval, not negative
     * @param matchRatio matched events divided by evaluated events, between 0 and 1
     * @throws NullPointerException if {@code start} is {@code null}
     * @throws IllegalArgumentException if a number is negative or not finite
     */
    public FilterMetricPoint {
        Objects.requireNonNull(start, "start == null");
        Checks.atLeast(hitCount, 0L, "hitCount");
        if (!Double.isFinite(throughputRate) || throughputRate < 0) {
            throw new IllegalArgumentException("throughputRate out of range: " + throughputRate);
        }
        if (!Double.isFinite(matchRatio) || matchRatio < 0) {
            throw new IllegalArgumentException("matchRatio out of range: " + matchRatio);
        }
    }
}
