/**
 * A restart-safe pipeline: a {@link io.github.cxonesdk.streaming.pipeline.Source} with a resumable
 * position feeds an {@link io.github.cxonesdk.streaming.pipeline.Aggregator}, whose results go to a
 * {@link io.github.cxonesdk.streaming.pipeline.Sink}; the position and the aggregator state are saved
 * together in a {@link io.github.cxonesdk.streaming.pipeline.CheckpointStore} after the sink acknowledged.
 */
package io.github.cxonesdk.streaming.pipeline;
