package io.github.cxonesdk.influx;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.exception.CxoneException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The v2 write API as InfluxData documents it: 204, 400 with the bad line, 401, 404, 413, 422, 429/503. */
class InfluxWriterTest {
    private static final String TOKEN = "s3cr3t-token-0123456789";
    private static final String PATH = "/api/v2/write";

    private WireMockServer wm;
    private final AtomicLong now = new AtomicLong();
    private final List<Duration> slept = new CopyOnWriteArrayList<>();
    private final List<Duration> retryDelays = new CopyOnWriteArrayList<>();
    private final AtomicInteger droppedReported = new AtomicInteger();
    private final AtomicInteger failedReported = new AtomicInteger();

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private InfluxWriterBuilder writer() {
        return InfluxWriter.builder(URI.create("http://127.0.0.1:" + wm.port()))
                .v2("my org", "my-bucket").token(Secret.of(TOKEN))
                .backoff(Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)).withoutJitter())
                .maxRetryTime(Duration.ofSeconds(30))
                .clock(now::get, d -> {
                    slept.add(d);
                    now.addAndGet(d.toNanos());
                })
                .listener(new InfluxWriteListener() {
                    @Override
                    public void onRetry(int attempt, int status, Duration delay) {
                        retryDelays.add(delay);
                    }

                    @Override
                    public void onDropped(int lines, Backpressure policy) {
                        droppedReported.addAndGet(lines);
                    }

                    @Override
                    public void onFailed(int lines, CxoneException error) {
                        failedReported.addAndGet(lines);
                    }
                });
    }

    private static List<Point> points(int n) {
        return IntStream.range(0, n).mapToObj(i -> Point.builder("m").tag("k", "v" + i).field("x", (long) i)
                .time(i, WritePrecision.S).build()).collect(Collectors.toList());
    }

    private void answer(int status, String body) {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    private List<String> receivedLines() {
        return wm.findAll(postRequestedFor(urlPathEqualTo(PATH))).stream()
                .flatMap(r -> r.getBodyAsString().lines()).collect(Collectors.toList());
    }

    @Test
    void write_204_sendsLinesWithTokenAndParameters() {
        answer(204, "");
        try (InfluxWriter w = writer().precision(WritePrecision.S).build()) {
            w.write(points(3));
            assertThat(w.stats().linesWritten()).isEqualTo(3);
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("org", equalTo("my org")).withQueryParam("bucket", equalTo("my-bucket"))
                .withQueryParam("precision", equalTo("s"))
                .withHeader("Authorization", equalTo("Token " + TOKEN)));
        assertThat(receivedLines()).containsExactly("m,k=v0 x=0i 0", "m,k=v1 x=1i 1", "m,k=v2 x=2i 2");
    }

    @Test
    void write_400_reportsTheFirstRejectedLine_andIsNotRetried() {
        answer(400, "{\"code\":\"invalid\",\"message\":\"partial write error (2 written): unable to parse"
                + " 'm,k=v2 x=2i 2': bad\",\"line\":3}");
        try (InfluxWriter w = writer().precision(WritePrecision.S).build()) {
            assertThatThrownBy(() -> w.write(points(3)))
                    .isInstanceOfSatisfying(InfluxRejectedException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.firstRejectedLine()).contains("m,k=v2 x=2i 2");
                        assertThat(e.getMessage()).contains("partial write error", "first rejected line");
                    });
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
        assertThat(slept).isEmpty();
    }

    @Test
    void write_v1Style400_findsTheLineInTheMessage_andCountsDropped() {
        answer(400, "{\"error\":\"partial write: field type conflict: input field \\\"x\\\" is type integer,"
                + " already exists as type float dropped=2\"}");
        try (InfluxWriter w = writer().build()) {
            assertThatThrownBy(() -> w.write(points(5))).isInstanceOfSatisfying(InfluxRejectedException.class,
                    e -> assertThat(e.unwrittenLines()).isEqualTo(2));
            assertThat(w.stats().linesFailed()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 422})
    void write_clientErrors_areNotRetried_andNeverEchoTheToken(int status) {
        answer(status, "{\"code\":\"unauthorized\",\"message\":\"token " + TOKEN + " is not allowed\"}");
        try (InfluxWriter w = writer().build()) {
            assertThatThrownBy(() -> w.write(points(2)))
                    .isInstanceOfSatisfying(InfluxRejectedException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.getMessage()).contains("is not allowed").doesNotContain(TOKEN);
                    });
            assertThat(w.toString()).doesNotContain(TOKEN);
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void write_429WithRetryAfterSeconds_waitsThatLong_thenSucceeds() {
        wm.stubFor(post(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(204)));
        try (InfluxWriter w = writer().build()) {
            w.write(points(4));
            assertThat(w.stats().retries()).isEqualTo(1);
            assertThat(w.stats().linesWritten()).isEqualTo(4);
        }
        assertThat(slept).containsExactly(Duration.ofSeconds(7));
        assertThat(retryDelays).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void write_503WithRetryAfterDate_isCapped() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        wm.stubFor(post(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", date)).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(204)));
        try (InfluxWriter w = writer().maxRetryAfter(Duration.ofSeconds(3)).build()) {
            w.write(points(1));
        }
        assertThat(slept).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void write_503WithoutRetryAfter_usesBackoff_untilTheBudgetRunsOut() {
        answer(503, "{\"code\":\"unavailable\",\"message\":\"busy\"}");
        try (InfluxWriter w = writer().maxRetryTime(Duration.ofMillis(1_000)).build()) {
            assertThatThrownBy(() -> w.write(points(10)))
                    .isInstanceOfSatisfying(InfluxRejectedException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.unwrittenLines()).isEqualTo(10);
                        assertThat(e.getMessage()).contains("gave up", "busy");
                    });
            assertThat(w.stats().linesFailed()).isEqualTo(10);
        }
        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void write_connectionReset_isRetried() {
        wm.stubFor(post(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(204)));
        try (InfluxWriter w = writer().build()) {
            w.write(points(2));
            assertThat(w.stats().linesWritten()).isEqualTo(2);
        }
        assertThat(retryDelays).hasSize(1);
    }

    @Test
    void write_413_splitsInHalvesUntilBatchesFit() {
        wm.stubFor(post(urlPathEqualTo(PATH)).atPriority(1).withRequestBody(matching("(?s)([^\\n]*\\n){3,}"))
                .willReturn(aResponse().withStatus(413).withBody("{\"code\":\"request too large\"}")));
        wm.stubFor(post(urlPathEqualTo(PATH)).atPriority(2).willReturn(aResponse().withStatus(204)));
        try (InfluxWriter w = writer().precision(WritePrecision.S).build()) {
            w.write(points(9));
            assertThat(w.stats().linesWritten()).isEqualTo(9);
            assertThat(w.stats().splits()).isPositive();
        }
        List<String> acknowledged = wm.findAll(postRequestedFor(urlPathEqualTo(PATH))).stream()
                .map(r -> r.getBodyAsString()).filter(b -> b.lines().count() <= 2)
                .flatMap(String::lines).collect(Collectors.toList());
        assertThat(acknowledged).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void write_413OnASingleLine_reportsIt_andWritesTheRest() {
        wm.stubFor(post(urlPathEqualTo(PATH)).atPriority(1).withRequestBody(containing("huge"))
                .willReturn(aResponse().withStatus(413)));
        wm.stubFor(post(urlPathEqualTo(PATH)).atPriority(2).willReturn(aResponse().withStatus(204)));
        List<Point> batch = new ArrayList<>(points(3));
        batch.add(1, Point.builder("m").field("s", "huge").build());
        try (InfluxWriter w = writer().build()) {
            assertThatThrownBy(() -> w.write(batch)).isInstanceOfSatisfying(InfluxRejectedException.class, e -> {
                assertThat(e.status()).isEqualTo(413);
                assertThat(e.unwrittenLines()).isEqualTo(1);
                assertThat(e.getMessage()).contains("single line is larger");
            });
            assertThat(w.stats().linesWritten()).isEqualTo(3);
        }
    }

    @Test
    void write_batchesByLinesAndBytes_withGzip() {
        answer(204, "");
        try (InfluxWriter w = writer().batchLines(4).batchBytes(1_000).gzip(true).build()) {
            w.write(points(10));
        }
        wm.verify(3, postRequestedFor(urlPathEqualTo(PATH)).withHeader("Content-Encoding", equalTo("gzip")));
        assertThat(receivedLines()).hasSize(10);
    }

    @Test
    void write_pointTooPreciseForTheWriter_isRefusedBeforeSending() {
        answer(204, "");
        Point fine = Point.builder("m").field("x", 1L).time(1_500, WritePrecision.MS).build();
        try (InfluxWriter w = writer().precision(WritePrecision.S).build()) {
            assertThatThrownBy(() -> w.write(List.of(points(1).get(0), fine)))
                    .isInstanceOf(ModelValidationException.class).hasMessageContaining("cut off");
        }
        wm.verify(0, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void enqueue_close_flushesEverythingBuffered() {
        answer(204, "");
        InfluxWriter w = writer().linger(Duration.ofHours(1)).build();
        w.enqueue(points(7));
        w.close();
        assertThat(receivedLines()).hasSize(7);
        assertThat(w.stats().linesWritten()).isEqualTo(7);
        assertThatThrownBy(() -> w.enqueue(points(1))).isInstanceOf(InfluxBufferFullException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void enqueue_close_reportsWhatCouldNotBeWritten() {
        answer(400, "{\"code\":\"invalid\",\"message\":\"no\"}");
        InfluxWriter w = writer().batchLines(2).build();
        w.enqueue(points(5));
        assertThatThrownBy(w::close).isInstanceOfSatisfying(InfluxWriteFailedException.class, e -> {
            assertThat(e.unwrittenLines()).isEqualTo(5);
            assertThat(e.getCause()).isInstanceOf(InfluxRejectedException.class);
        });
        assertThat(failedReported.get()).isEqualTo(5);
        assertThat(w.stats().linesFailed()).isEqualTo(5);
    }

    @Test
    void enqueue_flush_waitsForTheServer() {
        answer(204, "");
        try (InfluxWriter w = writer().linger(Duration.ofHours(1)).build()) {
            w.enqueue(points(3));
            w.flush();
            assertThat(w.stats().linesWritten()).isEqualTo(3);
        }
    }

    @Test
    void backpressureBlock_makesTheProducerWait_andLosesNothing() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(204).withFixedDelay(200)));
        try (InfluxWriter w = writer().buffer(1, 1 << 20).batchLines(1).linger(Duration.ZERO).build()) {
            List<Point> ps = points(4);
            w.enqueue(List.of(ps.get(0)));
            w.enqueue(List.of(ps.get(1)));
            w.enqueue(List.of(ps.get(2))); // room only once the first batch is acknowledged
            assertThat(w.stats().linesWritten()).isPositive();
            w.enqueue(List.of(ps.get(3)));
            w.flush();
            assertThat(w.stats().linesWritten()).isEqualTo(4);
            assertThat(w.stats().linesDropped()).isZero();
        }
    }

    @Test
    void backpressureDropOldest_countsAndReportsEveryDrop() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(204).withFixedDelay(300)));
        InfluxWriter w = writer().buffer(2, 1 << 20).batchLines(1).linger(Duration.ZERO)
                .backpressure(Backpressure.DROP_OLDEST).build();
        for (Point p : points(10)) {
            w.enqueue(List.of(p));
        }
        w.close();
        WriterStats stats = w.stats();
        assertThat(stats.linesDropped()).isPositive().isEqualTo(droppedReported.get());
        assertThat(stats.linesWritten() + stats.linesDropped()).isEqualTo(10);
        assertThat(receivedLines()).contains("m,k=v9 x=9i 9000000000"); // the newest survive
    }

    @Test
    void backpressureFail_refusesTheWholeCall() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(204).withFixedDelay(300)));
        try (InfluxWriter w = writer().buffer(2, 1 << 20).linger(Duration.ofHours(1))
                .backpressure(Backpressure.FAIL).build()) {
            w.enqueue(points(2));
            assertThatThrownBy(() -> w.enqueue(points(1))).isInstanceOfSatisfying(InfluxBufferFullException.class,
                    e -> assertThat(e.refusedLines()).isEqualTo(1));
            assertThat(w.stats().linesDropped()).isEqualTo(1);
            assertThat(droppedReported.get()).isEqualTo(1);
        }
        await().untilAsserted(() -> assertThat(receivedLines()).hasSize(2));
    }

    @Test
    void basicAuth_neverAppearsInMessagesOrToString() {
        answer(401, "{\"error\":\"authorization failed for Basic dXNlcjpodW50ZXIyLXBhc3N3b3Jk\"}");
        try (InfluxWriter w = InfluxWriter.builder(URI.create("http://127.0.0.1:" + wm.port()))
                .v1("db").basicAuth("user", Secret.of("hunter2-password")).build()) {
            wm.stubFor(post(urlPathEqualTo("/write")).willReturn(aResponse().withStatus(401)
                    .withBody("{\"error\":\"bad password hunter2-password\"}")));
            assertThatThrownBy(() -> w.write(points(1))).satisfies(e -> assertThat(e.getMessage())
                    .contains("HTTP 401").doesNotContain("hunter2-password"));
            assertThat(w.toString()).contains("auth=basic").doesNotContain("hunter2");
        }
        wm.verify(postRequestedFor(urlPathEqualTo("/write")).withQueryParam("db", equalTo("db"))
                .withQueryParam("precision", equalTo("ns"))
                .withHeader("Authorization", equalTo("Basic dXNlcjpodW50ZXIyLXBhc3N3b3Jk")));
    }

    @Test
    void hostileErrorBody_isCappedAndScrubbed_quickly() {
        // regression: scrubbing the whole 64 KiB that is read of such a body took over four minutes
        answer(400, "{\"error\":\"unable to parse '" + "x".repeat(5_000_000) + "\"}");
        try (InfluxWriter w = writer().build()) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> w.write(points(1)))
                            .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(1_000)));
        }
    }

    @Test
    void hugeInvalidKeys_areReportedQuickly() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> Point.builder("m").tag("k".repeat(100_000) + "\\", "v")
                        .field("f".repeat(100_000) + "\\", 1L).build())
                        .isInstanceOf(ModelValidationException.class)
                        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(2_000)));
    }
}
