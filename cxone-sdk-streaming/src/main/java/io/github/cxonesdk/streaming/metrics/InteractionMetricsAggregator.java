package io.github.cxonesdk.streaming.metrics;

import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.streaming.StreamEvent;
import io.github.cxonesdk.streaming.internal.BucketTable;
import io.github.cxonesdk.streaming.internal.InteractionParser;
import io.github.cxonesdk.streaming.internal.MetricBucket;
import io.github.cxonesdk.streaming.pipeline.Aggregator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Aggregates {@code interaction.completed} events into {@link InteractionMetrics} per hour (UTC) and
 * campaign, by the rules of API.md "Interaction metrics": count and p50/p90/p95 of handle and wait
 * time, exactly ({@link QuantileMode#EXACT}, Python's {@code statistics.quantiles(method="inclusive")}
 * bit for bit) or with DDSketch ({@link QuantileMode#SKETCH}, 1% relative accuracy, bounded memory).
 *
 * <p>A bucket closes, and its final result is emitted, when the event-time watermark (the latest event
 * time seen) passes the end of its hour plus the allowed lateness, or when it received nothing for the
 * idle timeout in processing time ({@link #poll(Instant)}), so the last hour of a quiet stream is not held
 * forever. A bucket reaching every {@code interimEvery} events emits an interim result. An event for a
 * closed bucket re-emits it or is dropped and counted, by {@link LatePolicy}; closed buckets are kept for
 * re-emission for the retention period past their close. An event that does not count is skipped and
 * counted by reason in {@link #malformed()}. Events are read from the JSON tokens, without a tree.
 *
 * <pre>{@code
 * InteractionMetricsAggregator metrics = InteractionMetricsAggregator.builder()
 *         .mode(QuantileMode.SKETCH).allowedLateness(Duration.ofMinutes(10)).build();
 * }</pre>
 *
 * <p>Not thread-safe: feed it from one thread (the {@link io.github.cxonesdk.streaming.pipeline.Pipeline} does).
 */
public final class InteractionMetricsAggregator implements Aggregator<InteractionMetrics> {
    private final Builder config;
    private final InteractionParser parser = new InteractionParser();
    private BucketTable table;
    private BucketTable.Header header = new BucketTable.Header();
    private final List<InteractionMetrics> ready = new ArrayList<>();
    private long closedThrough = Long.MIN_VALUE;

    private InteractionMetricsAggregator(Builder config) {
        this.config = config;
        this.table = new BucketTable(config.mode == QuantileMode.EXACT);
    }

    /**
     * Starts building an aggregator; every setting is optional.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void accept(StreamEvent event) {
        accept(event.json());
    }

    /**
     * Adds one event given as JSON text.
     *
     * @param json the event
     */
    public void accept(String json) {
        String problem = parser.parse(json);
        if (problem == null) {
            add(parser.campaignId(), parser.handleTime(), parser.waitTime(), parser.epochMillis());
        } else {
            header.malformed.merge(problem, 1L, Long::sum);
        }
    }

    /**
     * Adds one event given as UTF-8 JSON bytes.
     *
     * @param json   the buffer
     * @param offset where the event starts
     * @param length its length
     */
    public void accept(byte[] json, int offset, int length) {
        String problem = parser.parse(json, offset, length);
        if (problem == null) {
            add(parser.campaignId(), parser.handleTime(), parser.waitTime(), parser.epochMillis());
        } else {
            header.malformed.merge(problem, 1L, Long::sum);
        }
    }

    private void add(String campaign, double handle, double wait, long millis) {
        if (millis > header.watermark) {
            header.watermark = millis;
        }
        long hour = Math.floorDiv(millis, BucketTable.HOUR) * BucketTable.HOUR;
        boolean late = hour <= closeLimit();
        MetricBucket b = table.get(hour, campaign);
        if (late && (config.latePolicy == LatePolicy.DROP || (b == null && hour <= evictLimit()))) {
            header.lateDropped++;
            return;
        }
        if (b == null) {
            if (table.size() >= config.maxBuckets) {
                header.malformed.merge("too many open buckets", 1L, Long::sum);
                return;
            }
            b = table.create(hour, campaign);
            if (late) {
                b.markClosed();
            }
        }
        b.add(handle, wait);
        b.touch(config.clock.millis());
        if (b.closed()) {
            b.markDirty();
        } else if (config.interimEvery > 0 && b.count() % config.interimEvery == 0) {
            ready.add(BucketTable.result(b, true));
        }
        if (hour + BucketTable.HOUR <= header.watermark - config.lateness) {
            return; // fast path: nothing new can close unless the watermark moved past a boundary
        }
        closeByWatermark();
    }

    private long closeLimit() {
        return header.watermark == Long.MIN_VALUE ? Long.MIN_VALUE
                : header.watermark - config.lateness - BucketTable.HOUR;
    }

    private long evictLimit() {
        long retention = config.latePolicy == LatePolicy.DROP ? 0 : config.retention;
        long limit = closeLimit();
        return limit == Long.MIN_VALUE ? limit : limit - retention;
    }

    private void closeByWatermark() {
        long limit = closeLimit();
        if (limit <= closedThrough) {
            return;
        }
        table.forEachUpTo(limit, this::close);
        closedThrough = limit;
        table.evictUpTo(evictLimit(), b -> {
            if (b.dirty()) {
                emitFinal(b);
            }
        });
    }

    private void close(MetricBucket b) {
        if (!b.closed()) {
            b.markClosed();
            emitFinal(b);
        }
    }

    private void emitFinal(MetricBucket b) {
        b.clearDirty();
        ready.add(BucketTable.result(b, false));
    }

    @Override
    public List<InteractionMetrics> poll(Instant now) {
        closeByWatermark();
        long idleBefore = now.toEpochMilli() - config.idleTimeout.toMillis();
        table.forEach(b -> {
            if (!b.closed() && b.touched() <= idleBefore) {
                close(b);
            } else if (b.dirty()) {
                emitFinal(b);
            }
        });
        return drainReady();
    }

    @Override
    public List<InteractionMetrics> flush() {
        table.forEach(b -> {
            if (!b.closed()) {
                close(b);
            } else if (b.dirty()) {
                emitFinal(b);
            }
        });
        return drainReady();
    }

    private List<InteractionMetrics> drainReady() {
        List<InteractionMetrics> out = List.copyOf(ready);
        ready.clear();
        return out;
    }

    @Override
    public byte[] snapshot() {
        for (InteractionMetrics r : ready) {
            MetricBucket b = r.interim() ? null : table.get(r.hour().toEpochMilli(), r.campaignId());
            if (b != null) {
                b.markDirty(); // not yet handed out: emit again after a restore
            }
        }
        return table.write(header);
    }

    @Override
    public void restore(byte[] state) {
        Objects.requireNonNull(state, "state == null");
        BucketTable restored = new BucketTable(config.mode == QuantileMode.EXACT);
        BucketTable.Header h = new BucketTable.Header();
        restored.read(state, h, config.maxBuckets);
        table = restored;
        header = h;
        ready.clear();
        closedThrough = Long.MIN_VALUE;
    }

    /**
     * Adds another aggregator's state (same mode): bucket values are combined (exact: all values;
     * sketch: merged sketches), counters summed, the watermark is the later one.
     *
     * @param state a {@link #snapshot()} of another aggregator
     */
    @Override
    public void merge(byte[] state) {
        BucketTable other = new BucketTable(config.mode == QuantileMode.EXACT);
        BucketTable.Header h = new BucketTable.Header();
        other.read(state, h, config.maxBuckets);
        header.watermark = Math.max(header.watermark, h.watermark);
        header.lateDropped += h.lateDropped;
        h.malformed.forEach((k, v) -> header.malformed.merge(k, v, Long::sum));
        for (MetricBucket theirs : other.all()) {
            MetricBucket mine = table.get(theirs.hour(), theirs.campaign());
            if (mine == null) {
                mine = table.create(theirs.hour(), theirs.campaign());
            }
            mine.mergeFrom(theirs);
        }
    }

    /**
     * Returns how many events were skipped, by reason.
     *
     * @return an immutable copy, sorted by reason
     */
    public Map<String, Long> malformed() {
        return Map.copyOf(new TreeMap<>(header.malformed));
    }

    /**
     * Returns how many late events were dropped (policy {@link LatePolicy#DROP}, or past retention).
     *
     * @return the count
     */
    public long lateDropped() {
        return header.lateDropped;
    }

    /**
     * Returns the event-time watermark: the latest event time seen.
     *
     * @return the watermark, or empty before the first event
     */
    public java.util.Optional<Instant> watermark() {
        return header.watermark == Long.MIN_VALUE ? java.util.Optional.empty()
                : java.util.Optional.of(Instant.ofEpochMilli(header.watermark));
    }

    /**
     * Returns how many buckets are held (open and retained closed ones).
     *
     * @return the count
     */
    public int bucketCount() {
        return table.size();
    }

    /**
     * Builds an {@link InteractionMetricsAggregator}. Not thread-safe.
     */
    public static final class Builder {
        private QuantileMode mode = QuantileMode.EXACT;
        private long lateness = Duration.ofMinutes(10).toMillis();
        private Duration idleTimeout = Duration.ofMinutes(15);
        private int interimEvery;
        private LatePolicy latePolicy = LatePolicy.REEMIT;
        private long retention = Duration.ofHours(24).toMillis();
        private int maxBuckets = 100_000;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets exact or sketch percentiles (default {@link QuantileMode#EXACT}).
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder mode(QuantileMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode == null");
            return this;
        }

        /**
         * Sets how long after the end of its hour (in event time) a bucket stays open (default 10 min).
         *
         * @param lateness zero or more
         * @return this builder
         */
        public Builder allowedLateness(Duration lateness) {
            this.lateness = Checks.nonNegative(lateness, "allowedLateness").toMillis();
            return this;
        }

        /**
         * Sets how long (processing time) an open bucket may receive nothing before it closes (default 15 min).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = Checks.positive(timeout, "idleTimeout");
            return this;
        }

        /**
         * Emits an interim result each time an open bucket reaches a multiple of {@code events}
         * (default 0: never).
         *
         * @param events zero (off) or more
         * @return this builder
         */
        public Builder interimEvery(int events) {
            this.interimEvery = Checks.atLeast(events, 0, "interimEvery");
            return this;
        }

        /**
         * Sets what happens to events for closed buckets (default {@link LatePolicy#REEMIT}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder latePolicy(LatePolicy policy) {
            this.latePolicy = Objects.requireNonNull(policy, "policy == null");
            return this;
        }

        /**
         * Sets how long (event time) closed buckets are kept for re-emission (default 24 h); later
         * events for them are dropped and counted.
         *
         * @param retention zero or more
         * @return this builder
         */
        public Builder retention(Duration retention) {
            this.retention = Checks.nonNegative(retention, "retention").toMillis();
            return this;
        }

        /**
         * Sets the most buckets held (default 100,000); events for new buckets beyond it are skipped
         * and counted as malformed ("too many open buckets").
         *
         * @param buckets at least 1
         * @return this builder
         */
        public Builder maxBuckets(int buckets) {
            this.maxBuckets = Checks.atLeast(buckets, 1, "maxBuckets");
            return this;
        }

        /**
         * Sets the processing-time clock for idle closing (default system UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Builds the aggregator.
         *
         * @return a new aggregator with no buckets
         */
        public InteractionMetricsAggregator build() {
            return new InteractionMetricsAggregator(this);
        }
    }
}
