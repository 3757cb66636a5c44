package io.github.cxonesdk.influx;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.Percentiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** InfluxSink against WireMock speaking the v1 write API: the lines it sends, and every failure thrown. */
class InfluxSinkTest {
    private static final Instant HOUR = Instant.parse("2026-05-20T14:00:00Z");
    private static final long HOUR_NS = HOUR.getEpochSecond() * 1_000_000_000L;

    private WireMockServer wm;
    private final AtomicLong now = new AtomicLong();

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private InfluxSink sink() {
        return InfluxSink.of(InfluxWriter.builder(URI.create("http://127.0.0.1:" + wm.port())).v1("metrics")
                .backoff(Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)).withoutJitter())
                .maxRetryTime(Duration.ofSeconds(10))
                .clock(now::get, d -> now.addAndGet(d.toNanos()))
                .build());
    }

    private static InteractionMetrics metrics(Instant hour, String campaign, long count, double base, boolean interim) {
        return new InteractionMetrics(hour, campaign, count, new Percentiles(base, base + 10, base + 20.25),
                new Percentiles(base / 10, base / 5, 0.1 + 0.2), interim);
    }

    private void answer(int status, String body) {
        wm.stubFor(post(urlPathEqualTo("/write")).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    private List<String> receivedLines() {
        return wm.findAll(postRequestedFor(urlPathEqualTo("/write"))).stream()
                .flatMap(r -> r.getBodyAsString().lines()).collect(Collectors.toList());
    }

    @Test
    void write_sendsOnePointPerBucket_inTheDocumentedShape() {
        answer(204, "");
        try (InfluxSink sink = sink()) {
            sink.write(List.of(metrics(HOUR, "c-1", 17, 180, false), metrics(HOUR, "camp 2,\"x\"=y\\z", 3, 12.5, false)));
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/write")).withQueryParam("db", equalTo("metrics"))
                .withQueryParam("precision", equalTo("ns")));
        assertThat(receivedLines()).containsExactly(
                "cxone_metrics,campaign_id=c-1 count=17i,p50_handle=180.0,p50_wait=18.0,p90_handle=190.0,p90_wait=36.0,"
                        + "p95_handle=200.25,p95_wait=0.30000000000000004 " + HOUR_NS,
                "cxone_metrics,campaign_id=camp\\ 2\\,\"x\"\\=y\\z count=3i,p50_handle=12.5,p50_wait=1.25,"
                        + "p90_handle=22.5,p90_wait=2.5,p95_handle=32.75,p95_wait=0.30000000000000004 " + HOUR_NS);
    }

    @Test
    void write_bucketGivenTwice_sendsOnlyItsLastResult_withTheSameSeriesAndTime() {
        answer(204, "");
        try (InfluxSink sink = sink()) {
            sink.write(List.of(metrics(HOUR, "c-1", 5, 100, true), metrics(HOUR.plusSeconds(3600), "c-1", 1, 1, true),
                    metrics(HOUR, "c-1", 9, 150, false)));
            sink.write(List.of(metrics(HOUR, "c-1", 10, 160, false))); // a late event re-opened the bucket
        }
        List<String> lines = receivedLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("cxone_metrics,campaign_id=c-1 count=9i,p50_handle=150.0,").endsWith(" " + HOUR_NS);
        assertThat(lines.get(1)).endsWith(" " + (HOUR_NS + 3_600_000_000_000L));
        assertThat(lines.get(2)).startsWith("cxone_metrics,campaign_id=c-1 count=10i,").endsWith(" " + HOUR_NS);
        assertThat(InfluxSink.point(metrics(HOUR, "c-1", 5, 100, true)).toLineProtocol())
                .isEqualTo(InfluxSink.point(metrics(HOUR, "c-1", 5, 100, false)).toLineProtocol());
    }

    @Test
    void write_emptyList_sendsNothing() {
        answer(204, "");
        try (InfluxSink sink = sink()) {
            sink.write(List.of());
        }
        assertThat(receivedLines()).isEmpty();
    }

    @Test
    void write_retriesUnavailableServer_andReturnsOnlyOnceAcknowledged() {
        wm.stubFor(post(urlPathEqualTo("/write")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.stubFor(post(urlPathEqualTo("/write")).inScenario("s").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        try (InfluxSink sink = sink()) {
            sink.write(List.of(metrics(HOUR, "c-1", 1, 1, false)));
        }
        assertThat(receivedLines()).hasSize(2);
    }

    @Test
    void write_serverDownForTheWholeBudget_throws_soThePipelineDoesNotCheckpoint() {
        answer(503, "{\"error\":\"overloaded\"}");
        try (InfluxSink sink = sink()) {
            assertThatThrownBy(() -> sink.write(List.of(metrics(HOUR, "c-1", 1, 1, false))))
                    .isInstanceOfSatisfying(InfluxRejectedException.class, e -> assertThat(e.status()).isEqualTo(503));
        }
    }

    @Test
    void write_refusedLine_throwsWithTheServersMessage() {
        answer(400, "{\"error\":\"partial write: field type conflict: input field \\\"count\\\" on measurement"
                + " \\\"cxone_metrics\\\" is type integer, already exists as type float dropped=1\"}");
        try (InfluxSink sink = sink()) {
            assertThatThrownBy(() -> sink.write(List.of(metrics(HOUR, "c-1", 1, 1, false))))
                    .isInstanceOfSatisfying(InfluxRejectedException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.getMessage()).contains("field type conflict");
                    });
        }
        assertThat(receivedLines()).hasSize(1); // a 400 is never retried
    }

    @Test
    void write_campaignInfluxCannotStore_failsBeforeSendingAnything_namingTheReason() {
        answer(204, "");
        try (InfluxSink sink = sink()) {
            assertThatThrownBy(() -> sink.write(List.of(metrics(HOUR, "ok", 1, 1, false),
                    metrics(HOUR, "line\nbreak", 1, 1, false))))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("campaign_id");
        }
        assertThat(receivedLines()).isEmpty();
    }

    @Test
    void close_closesTheWriter() {
        InfluxSink sink = sink();
        sink.close();
        assertThatThrownBy(() -> sink.write(List.of(metrics(HOUR, "c-1", 1, 1, false))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sink.toString()).contains("InfluxSink", "db=metrics");
    }
}
