package io.github.cxonesdk.streaming.metrics;

/** How {@link InteractionMetricsAggregator} computes percentiles. */
public enum QuantileMode {
    /**
     * Keep every value and compute Python's {@code statistics.quantiles(method="inclusive")} bit for
     * bit; memory grows with the count.
     */
    EXACT,
    /** DDSketch with 1% relative accuracy; memory per bucket bounded whatever the count. */
    SKETCH
}
