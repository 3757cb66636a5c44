package io.github.cxonesdk.streaming.metrics;

/**
 * The 50th, 90th and 95th percentiles of one measure in one bucket.
 *
 * <p>Immutable and thread-safe.
 *
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p95 the 95th percentile
 */
public record Percentiles(double p50, double p90, double p95) {
    /**
     * Checks that every value is finite.
     *
     * @param p50 the median
     * @param p90 the 90th percentile
     * @param p95 the 95th percentile
     * @throws IllegalArgumentException when a value is NaN or infinite
     */
    public Percentiles {
        if (!Double.isFinite(p50) || !Double.isFinite(p90) || !Double.isFinite(p95)) {
            throw new IllegalArgumentException("percentiles must be finite: " + p50 + ", " + p90 + ", " + p95);
        }
    }
}
