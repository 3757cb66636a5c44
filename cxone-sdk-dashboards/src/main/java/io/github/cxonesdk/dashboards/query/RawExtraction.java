package io.github.cxonesdk.dashboards.query;

import io.github.cxonesdk.dashboards.Aggregation;
import io.github.cxonesdk.dashboards.MetricSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A raw extraction: the caller would download every row's {@code field} and compute
 * {@code computation} over them itself, per {@code groupBy} group. {@link QueryOptimizer} replaces it
 * with a {@link MetricSpec} that makes the service aggregate ({@code COUNT}, {@code SUM}, {@code AVG},
 * {@code MIN}, {@code MAX}) and adds the grouping dimensions; a computation the service cannot do
 * ({@link Computation#MEDIAN}, {@link Computation#DISTINCT_COUNT}) stays a residual extraction.
 *
 * <pre>{@code
 * RawExtraction avgHandle = RawExtraction.of("handle_time", RawExtraction.Computation.AVG, "conversation", "skill");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param field the field read from each row; becomes the metric name
 * @param computation what the caller computes over the values
 * @param dimension the entity the rows describe, or {@code null}
 * @param groupBy the dimensions the caller groups by
 */
public record RawExtraction(String field, Computation computation, String dimension, List<String> groupBy) {

    /** What a caller computes from raw values. */
    public enum Computation {
        /** Number of rows. */
        COUNT(Aggregation.COUNT),
        /** Sum of the values. */
        SUM(Aggregation.SUM),
        /** Mean of the values. */
        AVG(Aggregation.AVG),
        /** Smallest value. */
        MIN(Aggregation.MIN),
        /** Largest value. */
        MAX(Aggregation.MAX),
        /** Median; the service has no such aggregation. */
        MEDIAN(null),
        /** Number of distinct values; the service has no such aggregation. */
        DISTINCT_COUNT(null);

        private final Aggregation server;

        Computation(Aggregation server) {
            this.server = server;
        }

        /**
         * Returns the server aggregation that computes the same thing.
         *
         * @return the aggregation, or empty when only the client can compute it
         */
        public Optional<Aggregation> serverAggregation() {
            return Optional.ofNullable(server);
        }
    }

    /**
     * Checks and copies the fields.
     *
     * @param field the field read from each row; becomes the metric name
     * @param computation what the caller computes over the values
     * @param dimension the entity the rows describe, or {@code null}
     * @param groupBy the dimensions the caller groups by
     * @throws NullPointerException if {@code field}, {@code computation} or a list element is {@code null}
     */
    public RawExtraction {
        Objects.requireNonNull(field, "field == null");
        Objects.requireNonNull(computation, "computation == null");
        groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
    }

    /**
     * Returns an extraction.
     *
     * @param field the field
     * @param computation the computation
     * @param dimension the dimension, or {@code null}
     * @param groupBy the grouping dimensions
     * @return the extraction
     */
    public static RawExtraction of(String field, Computation computation, String dimension, String... groupBy) {
        return new RawExtraction(field, computation, dimension, List.of(groupBy));
    }
}
