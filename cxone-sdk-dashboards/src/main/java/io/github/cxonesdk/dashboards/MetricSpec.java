package io.github.cxonesdk.dashboards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One metric a widget query asks the service to compute, serialised as
 * {@code {"name": "total_conversations", "aggregation": "COUNT", "dimension": "conversation"}}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the metric name, not blank
 * @param aggregation how the service aggregates it; not {@code null} or {@link Aggregation#UNKNOWN}
 * @param dimension the entity the metric is counted over, or {@code null}
 */
public record MetricSpec(@NotBlank String name, @NotNull Aggregation aggregation, String dimension) {

    /**
     * Returns a metric without a dimension.
     *
     * @param name the metric name
     * @param aggregation the aggregation
     * @return the metric
     */
    public static MetricSpec of(String name, Aggregation aggregation) {
        return new MetricSpec(name, aggregation, null);
    }

    /**
     * Returns a metric.
     *
     * @param name the metric name
     * @param aggregation the aggregation
     * @param dimension the dimension, or {@code null}
     * @return the metric
     */
    public static MetricSpec of(String name, Aggregation aggregation, String dimension) {
        return new MetricSpec(name, aggregation, dimension);
    }
}
