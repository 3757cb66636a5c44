package io.github.cxonesdk.streaming.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionMetricsAggregatorTest {
    static String key(InteractionMetrics r) {
        return r.hour() + "|" + r.campaignId();
    }

    static String event(String time, String campaign, Object handle, Object wait) {
        return "{\"eventId\":\"x\",\"sequence\":1,\"type\":\"interaction.completed\",\"timestamp\":\"" + time
                + "\",\"payload\":{\"campaignId\":\"" + campaign + "\",\"handleTime\":" + handle + ",\"waitTime\":"
                + wait + "}}";
    }

    /** A clock tests move by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-05-20T12:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void bucketClosesWhenTheWatermarkPassesTheHourPlusLateness() {
        InteractionMetricsAggregator agg = InteractionMetricsAggregator.builder()
                .allowedLateness(Duration.ofMinutes(5)).build();
        agg.accept(event("2026-05-20T08:10:00Z", "a", 10, 1));
        agg.accept(event("2026-05-20T09:04:59Z", "a", 20, 2));
        assertThat(agg.poll(Instant.EPOCH)).isEmpty();
        agg.accept(event("2026-05-20T09:05:00Z", "a", 30, 3));
        List<InteractionMetrics> out = agg.poll(Instant.EPOCH);
        assertThat(out).singleElement().satisfies(r -> {
            assertThat(r.hour()).isEqualTo(Instant.parse("2026-05-20T08:00:00Z"));
            assertThat(r.count()).isEqualTo(1);
            assertThat(r.interim()).isFalse();
            assertThat(r.handleTime()).isEqualTo(new Percentiles(10, 10, 10));
        });
    }

    @Test
    void idleBucketClosesInProcessingTime() {
        ManualClock clock = new ManualClock();
        InteractionMetricsAggregator agg = InteractionMetricsAggregator.builder()
                .idleTimeout(Duration.ofMinutes(1)).clock(clock).build();
        agg.accept(event("2026-05-20T08:10:00Z", "a", 10, 1));
        assertThat(agg.poll(clock.now)).isEmpty();
        clock.now = clock.now.plusSeconds(61);
        assertThat(agg.poll(clock.now)).singleElement().extracting(InteractionMetrics::interim).isEqualTo(false);
        // an on-time event for the idle-closed bucket re-emits it with both values
        agg.accept(event("2026-05-20T08:20:00Z", "a", 20, 1));
        assertThat(agg.poll(clock.now)).singleElement().extracting(InteractionMetrics::count).isEqualTo(2L);
    }

    @Test
    void interimResultAtTheSizeThresholdThenFinal() {
        InteractionMetricsAggregator agg = InteractionMetricsAggregator.builder().interimEvery(2).build();
        for (int i = 0; i < 5; i++) {
            agg.accept(event("2026-05-20T08:10:0" + i + "Z", "a", i, i));
        }
        List<InteractionMetrics> interim = agg.poll(Instant.EPOCH);
        assertThat(interim).extracting(InteractionMetrics::count).containsExactly(2L, 4L);
        assertThat(interim).allMatch(InteractionMetrics::interim);
        assertThat(agg.flush()).singleElement().satisfies(r -> {
            assertThat(r.count()).isEqualTo(5);
            assertThat(r.interim()).isFalse();
        });
    }

    @Test
    void lateEventReemitsOrIsDroppedByPolicy() {
        for (LatePolicy policy : LatePolicy.values()) {
            InteractionMetricsAggregator agg = InteractionMetricsAggregator.builder().latePolicy(policy)
                    .allowedLateness(Duration.ZERO).build();
            agg.accept(event("2026-05-20T08:10:00Z", "a", 10, 1));
            agg.accept(event("2026-05-20T09:00:00Z", "a", 10, 1));
            assertThat(agg.poll(Instant.EPOCH)).hasSize(1);
            agg.accept(event("2026-05-20T08:59:00Z", "a", 30, 1));
            List<InteractionMetrics> out = agg.poll(Instant.EPOCH);
            if (policy == LatePolicy.REEMIT) {
                assertThat(out).singleElement().extracting(InteractionMetrics::count).isEqualTo(2L);
                assertThat(agg.lateDropped()).isZero();
            } else {
                assertThat(out).isEmpty();
                assertThat(agg.lateDropped()).isEqualTo(1);
            }
        }
    }

    @Test
    void malformedEventsAreCountedByReasonAndSkipped() {
        InteractionMetricsAggregator agg = InteractionMetricsAggregator.builder().build();
        agg.accept("not json");
        agg.accept("[1]");
        agg.accept(event("2026-05-20T08:10:00Z", "", 1, 1));
        agg.accept(event("2026-05-20T08:10:00Z", "a", "\"abc\"", 1));
        agg.accept(event("2026-05-20T08:10:00Z", "a", "\"0x10\"", 1));
        agg.accept(event("2026-05-20T08:10:00Z", "a", -1, 1));
        agg.accept(event("2026-05-20T08:10:00Z", "a", 1, "null"));
        agg.accept(event("2026-05-20T08:10:00", "a", 1, 1));
        agg.accept(event("2026-02-30T08:10:00Z", "a", 1, 1));
        agg.accept("{\"type\":\"other\",\"payload\":{}}");
        agg.accept("{" + "\"a\":{".repeat(5_000) + "}".repeat(5_001));
        agg.accept(event("2026-05-20T08:10:00+02:00", "a", "\"12.5\"", 1e0));
        assertThat(agg.malformed()).containsEntry("invalid JSON", 2L)
                .containsEntry("not a JSON object", 1L)
                .containsEntry("campaignId missing or empty", 1L)
                .containsEntry("handleTime not a non-negative number", 3L)
                .containsEntry("waitTime not a non-negative number", 1L)
                .containsEntry("time not ISO-8601 with an offset", 2L)
                .containsEntry("not interaction.completed", 1L);
        assertThat(agg.flush()).singleElement().satisfies(r -> {
            assertThat(r.hour()).isEqualTo(Instant.parse("2026-05-20T06:00:00Z"));
            assertThat(r.handleTime().p50()).isEqualTo(12.5);
        });
    }

    @Test
    void snapshotRestoreContinuesExactlyAsWithoutRestart() {
        for (QuantileMode mode : QuantileMode.values()) {
            InteractionMetricsAggregator straight = InteractionMetricsAggregator.builder().mode(mode).build();
            InteractionMetricsAggregator first = InteractionMetricsAggregator.builder().mode(mode).build();
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                events.add(event("2026-05-20T" + (8 + i / 100) + ":" + String.format("%02d", i % 60) + ":00Z",
                        "c" + (i % 3), 10 + i % 17, i % 7));
            }
            events.forEach(straight::accept);
            events.subList(0, 150).forEach(first::accept);
            List<InteractionMetrics> emittedBefore = first.poll(Instant.EPOCH);
            InteractionMetricsAggregator second = InteractionMetricsAggregator.builder().mode(mode).build();
            second.restore(first.snapshot());
            events.subList(150, events.size()).forEach(second::accept);
            List<InteractionMetrics> expected = new ArrayList<>(straight.poll(Instant.EPOCH));
            expected.addAll(straight.flush());
            List<InteractionMetrics> actual = new ArrayList<>(emittedBefore);
            actual.addAll(second.poll(Instant.EPOCH));
            actual.addAll(second.flush());
            assertThat(actual).as(mode.name()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void mergeCombinesPartitions() {
        InteractionMetricsAggregator a = InteractionMetricsAggregator.builder().build();
        InteractionMetricsAggregator b = InteractionMetricsAggregator.builder().build();
        a.accept(event("2026-05-20T08:10:00Z", "a", 10, 1));
        b.accept(event("2026-05-20T08:20:00Z", "a", 20, 3));
        a.merge(b.snapshot());
        assertThat(a.flush()).singleElement().satisfies(r -> {
            assertThat(r.count()).isEqualTo(2);
            assertThat(r.handleTime().p50()).isEqualTo(15.0);
        });
    }

    @Test
    void corruptStateIsRefused() {
        InteractionMetricsAggregator agg = InteractionMetricsAggregator.builder().build();
        agg.accept(event("2026-05-20T08:10:00Z", "a", 10, 1));
        byte[] state = agg.snapshot();
        byte[] truncated = java.util.Arrays.copyOf(state, state.length - 3);
        assertThatThrownBy(() -> InteractionMetricsAggregator.builder().build().restore(truncated))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InteractionMetricsAggregator.builder().mode(QuantileMode.SKETCH).build().restore(state))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mode");
    }
}
