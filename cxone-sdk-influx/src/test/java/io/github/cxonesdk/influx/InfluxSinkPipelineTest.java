package io.github.cxonesdk.influx;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.streaming.StreamEvent;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.InteractionMetricsAggregator;
import io.github.cxonesdk.streaming.pipeline.FileCheckpointStore;
import io.github.cxonesdk.streaming.pipeline.Pipeline;
import io.github.cxonesdk.streaming.pipeline.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** InfluxSink inside a Pipeline: the checkpoint is saved only after InfluxDB acknowledged the points. */
class InfluxSinkPipelineTest {
    private WireMockServer wm;
    private final AtomicLong now = new AtomicLong();

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    /** Delivers a fixed list synchronously. */
    private static Source events(int n) {
        List<StreamEvent> events = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String json = "{\"type\":\"interaction.completed\",\"timestamp\":\"2026-05-20T08:" + String.format("%02d", i % 60)
                    + ":00Z\",\"payload\":{\"campaignId\":\"c" + (i % 2) + "\",\"handleTime\":" + i + ",\"waitTime\":1}}";
            events.add(new StreamEvent("e" + i, i, "interaction.completed", "", json));
        }
        return new Source() {
            @Override
            public void start(String position, Receiver receiver) {
                events.forEach(e -> receiver.onEvent(e, Long.toString(e.sequence())));
            }

            @Override
            public void close() {
            }
        };
    }

    private Pipeline<InteractionMetrics> pipeline(FileCheckpointStore store) {
        InfluxSink sink = InfluxSink.of(InfluxWriter.builder(URI.create("http://127.0.0.1:" + wm.port())).v1("m")
                .maxRetryTime(Duration.ofSeconds(5)).clock(now::get, d -> now.addAndGet(d.toNanos())).build());
        return Pipeline.<InteractionMetrics>builder().source(events(10))
                .aggregator(InteractionMetricsAggregator.builder().build())
                .sink(sink).checkpointStore(store).checkpointEvery(1_000).checkpointInterval(Duration.ofHours(1))
                .sinkRetries(2, Backoff.exponential(Duration.ofMillis(1), Duration.ofMillis(1))).sleeper(d -> { })
                .build();
    }

    @Test
    void influxDown_pipelineStopsWithoutCheckpointing() {
        wm.stubFor(post(urlPathEqualTo("/write")).willReturn(aResponse().withStatus(503)));
        FileCheckpointStore store = FileCheckpointStore.builder(dir.resolve("ckpt")).build();
        Pipeline<InteractionMetrics> pipeline = pipeline(store).start();
        assertThatThrownBy(pipeline::close).hasMessageContaining("sink write failed 2 times")
                .hasCauseInstanceOf(InfluxRejectedException.class);
        assertThat(store.load()).as("no checkpoint covers the unwritten buckets").isEmpty();
        assertThat(pipeline.terminated()).isCompletedExceptionally();
    }

    @Test
    void influxUp_closeWritesEveryBucket_thenCheckpoints() {
        wm.stubFor(post(urlPathEqualTo("/write")).willReturn(aResponse().withStatus(204)));
        FileCheckpointStore store = FileCheckpointStore.builder(dir.resolve("ckpt")).build();
        Pipeline<InteractionMetrics> pipeline = pipeline(store).start();
        pipeline.close();
        assertThat(store.load()).hasValueSatisfying(c -> assertThat(c.position()).isEqualTo("10"));
        List<String> lines = wm.findAll(postRequestedFor(urlPathEqualTo("/write"))).stream()
                .flatMap(r -> r.getBodyAsString().lines()).toList();
        assertThat(lines).hasSize(2).allMatch(l -> l.startsWith("cxone_metrics,campaign_id=c") && l.contains("count=5i"));
    }
}
