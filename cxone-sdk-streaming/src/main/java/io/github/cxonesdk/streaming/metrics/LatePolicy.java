package io.github.cxonesdk.streaming.metrics;

/** What {@link InteractionMetricsAggregator} does with an event whose bucket has already closed. */
public enum LatePolicy {
    /** Add it and emit the bucket's final result again (the sink overwrites the earlier one). */
    REEMIT,
    /** Drop it and count it ({@link InteractionMetricsAggregator#lateDropped()}). */
    DROP
}
