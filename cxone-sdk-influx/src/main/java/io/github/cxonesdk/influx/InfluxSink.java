package io.github.cxonesdk.influx;

import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.pipeline.Sink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The streaming {@link io.github.cxonesdk.streaming.pipeline.Pipeline Pipeline}'s sink for interaction
 * metrics: one point per (hour, campaign) bucket, as {@link InteractionMetricsPoints} maps it (measurement
 * {@code cxone_metrics}, tag {@code campaign_id}, integer field {@code count}, float fields
 * {@code p50_handle} ... {@code p95_wait}, timestamped at the bucket start). The series and timestamp
 * depend only on the bucket, so a re-emitted bucket (an interim result, then the final one; a replay after a
 * restart) overwrites its point instead of adding one.
 *
 * <pre>{@code
 * InfluxWriter writer = InfluxWriter.builder(URI.create("http://127.0.0.1:8086")).v1("metrics").build();
 * Pipeline<InteractionMetrics> pipeline = Pipeline.<InteractionMetrics>builder()
 *         .source(StreamSource.of(streamClientBuilder))
 *         .aggregator(InteractionMetricsAggregator.builder().build())
 *         .sink(InfluxSink.of(writer))   // pipeline.close() closes the sink, which closes the writer
 *         .checkpointStore(FileCheckpointStore.builder(Path.of("metrics.ckpt")).build())
 *         .build();
 * }</pre>
 *
 * <p>{@link #write} goes through the blocking {@link InfluxWriter#write}: it returns only once InfluxDB
 * acknowledged every point, so the pipeline checkpoints only what is durable. Every failure is thrown (an
 * unreachable server after the writer's retry budget, a refused line with the server's message, a campaign
 * id InfluxDB cannot store such as one holding a line break); the pipeline then retries or stops without
 * checkpointing, and nothing is dropped.
 *
 * <p>This class is thread-safe as far as its writer is (an {@link InfluxWriter} is).
 */
public final class InfluxSink implements Sink<InteractionMetrics> {
    private final InfluxWriter writer;

    private InfluxSink(InfluxWriter writer) {
        this.writer = writer;
    }

    /**
     * Returns a sink writing through {@code writer}, which it owns: {@link #close()} closes it.
     *
     * @param writer the writer; its precision, batching and retry budget apply
     * @return the sink
     */
    public static InfluxSink of(InfluxWriter writer) {
        return new InfluxSink(Objects.requireNonNull(writer, "writer == null"));
    }

    /**
     * Returns the point one bucket becomes (what {@link #write} sends for it).
     *
     * @param metrics the bucket
     * @return the point, timestamped at the bucket start with nanosecond precision
     * @throws io.github.cxonesdk.core.exception.ModelValidationException if InfluxDB cannot store the campaign
     *     id (a line break, a trailing backslash, an unpaired surrogate)
     */
    public static Point point(InteractionMetrics metrics) {
        Objects.requireNonNull(metrics, "metrics == null");
        return InteractionMetricsPoints.of(metrics.hour(), metrics.campaignId(), metrics.count(),
                metrics.handleTime().p50(), metrics.handleTime().p90(), metrics.handleTime().p95(),
                metrics.waitTime().p50(), metrics.waitTime().p90(), metrics.waitTime().p95());
    }

    /**
     * Writes one point per bucket and returns once InfluxDB acknowledged all of them. A bucket given more
     * than once is written once, with its last result.
     *
     * @param results the results, in emission order
     * @throws io.github.cxonesdk.core.exception.ModelValidationException if a bucket cannot be stored; nothing
     *     is sent
     * @throws InfluxRejectedException if InfluxDB refused lines, or kept answering 429/5xx for the retry budget
     * @throws InfluxUnavailableException if InfluxDB could not be reached within the retry budget
     * @throws InfluxWriteFailedException if several batches failed
     */
    @Override
    public void write(List<InteractionMetrics> results) {
        Map<Key, InteractionMetrics> last = new LinkedHashMap<>();
        for (InteractionMetrics r : results) {
            last.put(new Key(r.hour().getEpochSecond(), r.campaignId()), r);
        }
        List<Point> points = new ArrayList<>(last.size());
        for (InteractionMetrics r : last.values()) {
            points.add(point(r));
        }
        if (!points.isEmpty()) {
            writer.write(points);
        }
    }

    /**
     * Closes the writer (it holds nothing buffered: this sink only writes synchronously). Points written
     * before are durable.
     */
    @Override
    public void close() {
        writer.close();
    }

    @Override
    public String toString() {
        return "InfluxSink[" + writer + "]";
    }

    private record Key(long hour, String campaignId) {
    }
}
