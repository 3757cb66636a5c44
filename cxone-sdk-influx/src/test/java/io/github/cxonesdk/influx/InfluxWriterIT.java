package io.github.cxonesdk.influx;

import io.github.cxonesdk.core.Backoff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The writer against a real influxd (v1 API): batches, partial writes, overwrites, and the server going away. */
class InfluxWriterIT {
    private static InfluxdProcess influxd;

    @BeforeAll
    static void start() {
        influxd = InfluxdSupport.startOrSkip();
        for (String db : List.of("batches", "partial", "metrics", "outage")) {
            influxd.createDatabase(db);
        }
    }

    @AfterAll
    static void stop() {
        if (influxd != null) {
            influxd.close();
        }
    }

    private static List<Point> points(String measurement, int from, int n) {
        return IntStream.range(from, from + n).mapToObj(i -> Point.builder(measurement).tag("k", "v" + (i % 7))
                .field("x", (long) i).field("d", i / 3.0).time(i, WritePrecision.MS).build())
                .collect(Collectors.toList());
    }

    @Test
    void manyBatches_withGzip_allArrive() {
        try (InfluxWriter w = InfluxWriter.builder(influxd.url()).v1("batches").batchLines(1_000).gzip(true)
                .precision(WritePrecision.MS).build()) {
            w.write(points("big", 0, 12_345));
            assertThat(w.stats().linesWritten()).isEqualTo(12_345);
        }
        assertThat(influxd.count("batches", "big")).isEqualTo(12_345);
    }

    @Test
    void partialWrite_400_isReported_andTheValidLinesAreStored() {
        try (InfluxWriter w = InfluxWriter.builder(influxd.url()).v1("partial").build()) {
            w.write(List.of(Point.builder("typed").field("x", 1.5).time(1, WritePrecision.S).build()));
            List<Point> batch = List.of(
                    Point.builder("typed").field("x", 2.5).time(2, WritePrecision.S).build(),
                    Point.builder("typed").field("x", "now a string").time(3, WritePrecision.S).build(),
                    Point.builder("typed").field("x", 4.5).time(4, WritePrecision.S).build());
            assertThatThrownBy(() -> w.write(batch)).isInstanceOfSatisfying(InfluxRejectedException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.unwrittenLines()).isEqualTo(1);
                assertThat(e.getMessage()).contains("field type conflict");
            });
            assertThat(w.stats().linesFailed()).isEqualTo(1);
        }
        assertThat(influxd.count("partial", "typed")).isEqualTo(3);
    }

    @Test
    void interactionMetrics_reEmittedBucketOverwritesItsPoint() {
        Instant hour = Instant.parse("2026-11-29T10:00:00Z");
        try (InfluxWriter w = InfluxWriter.builder(influxd.url()).v1("metrics").build()) {
            w.write(List.of(InteractionMetricsPoints.of(hour, "c-1", 10, 100.5, 190, 200, 5, 9, 9.5),
                    InteractionMetricsPoints.of(hour, "c 2,x", 3, 1, 2, 3, 4, 5, 6),
                    InteractionMetricsPoints.of(hour.plusSeconds(3600), "c-1", 4, 1, 2, 3, 4, 5, 6)));
            w.write(List.of(InteractionMetricsPoints.of(hour, "c-1", 12, 101.25, 191, 201, 6, 10, 10.5)));
        }
        JsonNode series = influxd.query("metrics", "SELECT * FROM cxone_metrics WHERE campaign_id = 'c-1'")
                .path("series").path(0);
        List<String> columns = new ArrayList<>();
        series.path("columns").forEach(c -> columns.add(c.asString()));
        assertThat(columns).containsExactly("time", "campaign_id", "count", "p50_handle", "p50_wait", "p90_handle",
                "p90_wait", "p95_handle", "p95_wait");
        assertThat(series.path("values")).hasSize(2);
        JsonNode first = series.path("values").path(0);
        assertThat(first.path(0).asLong()).isEqualTo(hour.toEpochMilli() * 1_000_000);
        assertThat(first.path(2).asLong()).isEqualTo(12);
        assertThat(first.path(3).asDouble()).isEqualTo(101.25);
        assertThat(first.path(8).asDouble()).isEqualTo(10.5);
        assertThat(influxd.count("metrics", "cxone_metrics")).isEqualTo(3);
    }

    @Test
    void influxdDownForAWhile_thenBack_noPointLost_callerSeesOnlyDelay() throws Exception {
        AtomicInteger retries = new AtomicInteger();
        InfluxWriter w = InfluxWriter.builder(influxd.url()).v1("outage").batchLines(100)
                .backoff(Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(500)))
                .maxRetryTime(Duration.ofMinutes(3))
                .listener(new InfluxWriteListener() {
                    @Override
                    public void onRetry(int attempt, int status, Duration delay) {
                        retries.incrementAndGet();
                    }
                }).build();
        w.write(points("outage", 0, 100));
        influxd.stop();
        CompletableFuture<Void> blocking;
        try {
            w.enqueue(points("outage", 100, 500));
            blocking = CompletableFuture.runAsync(() -> w.write(points("outage", 600, 400)));
            await().atMost(Duration.ofMinutes(1)).until(() -> retries.get() >= 4);
            assertThat(blocking).isNotDone();
        } finally {
            influxd.restart();
        }
        blocking.get(3, java.util.concurrent.TimeUnit.MINUTES); // returns normally: the caller saw a delay only
        w.close();
        assertThat(w.stats().linesFailed()).isZero();
        assertThat(w.stats().linesWritten()).isEqualTo(1_000);
        assertThat(influxd.count("outage", "outage")).isEqualTo(1_000);
    }
}
