/**
 * Interaction metrics: hourly per-campaign counts and percentiles of handle and wait time computed
 * from {@code interaction.completed} events, exactly or with a bounded-memory sketch.
 */
package io.github.cxonesdk.streaming.metrics;
