package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.OptimisticLocking;
import io.github.cxonesdk.core.RetryPolicy;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.exception.BadRequestException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FiltersClientTest {
    private static final String FILTER_BODY = """
            {"id": "f-1", "etag": "\\"2\\"", "status": "ACTIVE", "name": "p", "channel": "voice",
             "matchers": [], "pattern_rules": [], "target_group_id": "g"}
            """;

    private final ScriptedTransport transport = new ScriptedTransport();
    private final CxoneHttp http = CxoneHttp.builder()
            .config(CxoneConfig.builder().baseUrl(URI.create("http://127.0.0.1:1")).tokenUrl(URI.create("http://127.0.0.1:1/token")).build())
            .tokenProvider(TokenProviders.fixed(Secret.of("unit-test-token")))
            .transport(transport)
            .retryPolicy(RetryPolicy.none())
            .build();
    private final FiltersClient filters = FiltersClient.builder(http)
            .clock(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC)).build();

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void create_invalidDefinition_failsBeforeAnyRequestListingEveryProblem() {
        FilterDefinition invalid = FilterDefinition.builder().name(" ").channel(Channel.UNKNOWN)
                .matcher(AttributeMatcher.of("a", Operator.UNKNOWN, 1)).build();

        assertThatThrownBy(() -> filters.create(invalid))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).contains("name", "channel", "matchers[0].operator"));
        assertThatThrownBy(() -> filters.update("f-1", invalid, "\"1\"")).isInstanceOf(ModelValidationException.class);
        assertThat(transport.sent()).isEmpty();
    }

    @Test
    void update_sendsIfMatchAndReturnsTheNewEtag() {
        transport.respond(200, FILTER_BODY, "ETag", "\"3\"");

        var updated = filters.update("f-1", Filters.platinumVoice("p"), "\"2\"");

        var sent = transport.sent().get(0);
        assertThat(sent.request().method()).isEqualTo("PUT");
        assertThat(sent.request().uri().getPath()).isEqualTo("/api/v2/event-processing/filters/f-1");
        assertThat(sent.request().headers().firstValue("If-Match")).contains("\"2\"");
        assertThat(sent.body()).contains("\"pattern_rules\"").contains("\"target_group_id\":\"grp_premium\"");
        assertThat(updated.etag()).isEqualTo("\"3\"");
        assertThat(updated.value().status()).isEqualTo(FilterStatus.ACTIVE);
    }

    @Test
    void metrics_asksForTheSeriesOfApiMd() {
        transport.respond(200, "{\"filter_id\": \"f-1\", \"interval\": \"PT5M\", \"series\": []}");

        FilterMetrics metrics = filters.metrics("f-1", Duration.ofMinutes(5), Duration.ofHours(1));

        String query = URLDecoder.decode(transport.sent().get(0).request().uri().getRawQuery(), StandardCharsets.UTF_8);
        assertThat(transport.sent().get(0).request().uri().getPath())
                .isEqualTo("/api/v2/analytics/event-processing/filter-metrics");
        assertThat(query).contains("filter_id=f-1", "interval=PT5M", "metrics=hit_count,throughput_rate,match_ratio",
                "start_time=-PT3600S", "end_time=2026-11-22T12:00:00Z");
        assertThat(metrics.totalHits()).isZero();
    }

    @Test
    void metrics_subSecondLookback_isSentExactlyNotTruncatedToZero() {
        transport.respond(200, "{\"series\": []}").respond(200, "{\"series\": []}");

        filters.metrics("f-1", Duration.ofSeconds(10), Duration.ofMillis(500));
        filters.metrics("f-1", Duration.ofSeconds(10), Duration.ofMillis(90_250));

        assertThat(URLDecoder.decode(transport.sent().get(0).request().uri().getRawQuery(), StandardCharsets.UTF_8))
                .contains("start_time=-PT0.5S");
        assertThat(URLDecoder.decode(transport.sent().get(1).request().uri().getRawQuery(), StandardCharsets.UTF_8))
                .contains("start_time=-PT90.25S");
    }

    @Test
    void validateRemotely_rejectionNamesTheFilterAndTheField() {
        transport.respond(400, "{\"error\": \"invalid_filter\", \"message\": \"matchers[0].value: in takes a list\"}");

        assertThatThrownBy(() -> filters.validateRemotely(Filters.platinumVoice("p")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("'p'")
                .hasMessageContaining("matchers[0].value")
                .hasCauseInstanceOf(BadRequestException.class); // the pipeline's own exception, not dropped
        assertThat(transport.sent().get(0).request().uri().getPath())
                .isEqualTo("/api/v2/event-processing/filters/validate");
    }

    @Test
    void awaitActive_pollsUntilActive() {
        transport.respond(200, "{\"status\": \"DRAFT\"}")
                .respond(200, "{\"status\": \"PENDING_ACTIVATION\"}")
                .respond(200, "{\"status\": \"ACTIVE\"}");
        FiltersClient fast = FiltersClient.builder(http).pollDelays(Duration.ofMillis(1), Duration.ofMillis(5)).build();

        assertThat(fast.awaitActive("f-1", Duration.ofSeconds(30)).isActive()).isTrue();
        assertThat(transport.sent()).hasSize(3)
                .allSatisfy(s -> assertThat(s.request().uri().getPath()).endsWith("/filters/f-1/status"));
    }

    @Test
    void awaitActive_failed_carriesTheServicesReasonAsIs() {
        transport.respond(200, "{\"status\": \"PENDING_ACTIVATION\"}")
                .respond(200, "{\"status\": \"FAILED\", \"reason\": \"target group quota exceeded\"}")
                .respond(200, "{\"status\": \"FAILED\"}");
        FiltersClient fast = FiltersClient.builder(http).pollDelays(Duration.ofMillis(1), Duration.ofMillis(5)).build();

        assertThatThrownBy(() -> fast.awaitActive("f-1", Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(WaiterFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("target group quota exceeded");
                    assertThat(e).hasCauseInstanceOf(WaiterFailedException.class); // the waiter's own, kept
                    assertThat(e.getMessage()).contains("f-1").contains("target group quota exceeded")
                            .doesNotContain("FAILED: filter");
                    assertThat(e.lastState(FilterState.class)).hasValueSatisfying(
                            state -> assertThat(state.reason()).isEqualTo("target group quota exceeded"));
                });
        assertThatThrownBy(() -> fast.awaitActive("f-1", Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(WaiterFailedException.class, e -> {
                    assertThat(e.reason()).isNull();
                    assertThat(e.getMessage()).contains("f-1").contains("FAILED").doesNotContain("null");
                });
    }

    @Test
    void update_byDefault_triesAsOftenAsCoreOptimisticLocking_thenSurfacesTheConflict() {
        for (int i = 0; i < OptimisticLocking.DEFAULT_MAX_ATTEMPTS; i++) {
            transport.respond(200, FILTER_BODY, "ETag", "\"2\"")
                    .respond(409, "{\"error\": \"conflict\", \"message\": \"etag mismatch\"}");
        }
        AtomicInteger applied = new AtomicInteger();

        assertThatThrownBy(() -> FiltersClient.create(http).update("f-1", d -> {
            applied.incrementAndGet();
            return d.toBuilder().description("tuned").build();
        })).isInstanceOf(ResourceModifiedException.class);

        assertThat(applied).hasValue(OptimisticLocking.DEFAULT_MAX_ATTEMPTS);
        assertThat(transport.sent()).hasSize(2 * OptimisticLocking.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    void client_ownsNothing_soItIsNotAutoCloseable() {
        assertThat(AutoCloseable.class.isAssignableFrom(FiltersClient.class)).isFalse();
    }

    @Test
    void builder_withoutHttp_failsNamingIt() {
        assertThatThrownBy(() -> FiltersClient.builder(null))
                .isInstanceOf(NullPointerException.class).hasMessage("http == null");
        assertThatThrownBy(() -> FiltersClient.builder(http).maxUpdateAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxUpdateAttempts");
    }

    /** pollDelays are the limits of core's Backoff, so the builder rejects what Backoff would, at once. */
    @Test
    void pollDelays_areBackoffLimits_checkedWhenSet() {
        assertThatThrownBy(() -> FiltersClient.builder(http).pollDelays(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max < base");
        assertThatThrownBy(() -> FiltersClient.builder(http).pollDelays(Duration.ofSeconds(1), Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("over");
        assertThatThrownBy(() -> FiltersClient.builder(http).pollDelays(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialDelay");
    }

    @Test
    void groups_isOneSubClientOverTheSameHttp() {
        transport.respond(204, "");
        FiltersClient filters = FiltersClient.create(http);

        assertThat(filters.groups()).isSameAs(filters.groups());
        filters.groups().remove("grp 1", "f/1");
        assertThat(transport.sent().get(0).request().method()).isEqualTo("DELETE");
        assertThat(transport.sent().get(0).request().uri().getRawPath())
                .isEqualTo("/api/v2/event-processing/filter-groups/grp%201/filters/f%2F1");
        assertThatThrownBy(() -> filters.groups().add("g", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filterIds is empty");
        assertThatThrownBy(() -> filters.groups().members("g", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
    }
}
