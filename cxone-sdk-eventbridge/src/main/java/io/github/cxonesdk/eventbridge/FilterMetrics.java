package io.github.cxonesdk.eventbridge;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A filter's hit-rate series as the analytics endpoint reports it: hit count, throughput and
 * match ratio per interval.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param filterId the filter the series belongs to
 * @param interval the length of each interval, such as {@code PT5M}
 * @param series the intervals in the order the service sent them, never {@code null}
 */
public record FilterMetrics(String filterId, Duration interval, List<FilterMetricPoint> series) {
    /**
     * Checks the components and copies the series.
     *
     * @param filterId the filter the series belongs to
     * @param interval the length of each interval, such as {@code PT5M}
     * @param series the intervals in the order the service sent them, never {@code null}
     * @throws NullPointerException if a component is {@code null}
     */
    public FilterMetrics {
        Objects.requireNonNull(filterId, "filterId == null");
        Objects.requireNonNull(interval, "interval == null");
        series = List.copyOf(series);
    }

    /**
     * Returns the number of hits over the whole series.
     *
     * @return the sum of every interval's hit count
     */
    public long totalHits() {
        return series.stream().mapToLong(FilterMetricPoint::hitCount).sum();
    }
}
